package io.emoticctv.job.alerts;

/**
 * An open alert episode of one camera (keyed state of {@code AlertEpisodeFunction}).
 *
 * @param alertId id of the alert raised when the episode opened
 * @param lastWindowTimestamp event timestamp of the newest abnormal window seen in the episode
 *     (a window's timestamp is its end - 1 ms)
 */
public record Episode(String alertId, long lastWindowTimestamp) {
  /** The same episode, having seen an abnormal window (or a match) at {@code timestamp}. */
  Episode extendedTo(long timestamp) {
    return new Episode(alertId, Math.max(lastWindowTimestamp, timestamp));
  }
}
