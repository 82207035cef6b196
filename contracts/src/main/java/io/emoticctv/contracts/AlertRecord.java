package io.emoticctv.contracts;

/**
 * Topic {@code alerts}, schema v1, key = camera id; also the {@code alerts} table. An abnormal
 * emotion sustained at a camera. One record per episode: a sustained run that keeps going does
 * not raise another alert.
 *
 * @param alertId stable id of the episode ({@code cameraId/firstWindowStart}), so a replay
 *     produces the same id and consumers can deduplicate
 * @param emotion the abnormal emotion with the highest share over the episode's windows
 * @param severity from the rule that matched
 * @param firstWindowStart start of the first window of the sustained run, epoch ms
 * @param openedAt end of the window that completed the pattern, epoch ms
 * @param peakShare highest abnormal share among the matched windows, 0..1
 * @param windows number of consecutive windows that matched
 * @param rule name of the rule that matched
 * @param model name and version of the model behind the windows
 */
public record AlertRecord(
    int v,
    String alertId,
    String cameraId,
    Emotion emotion,
    Severity severity,
    long firstWindowStart,
    long openedAt,
    double peakShare,
    int windows,
    String rule,
    String model) {

  public static final int SCHEMA_VERSION = 1;

  public static String alertId(String cameraId, long firstWindowStart) {
    return cameraId + "/" + firstWindowStart;
  }
}
