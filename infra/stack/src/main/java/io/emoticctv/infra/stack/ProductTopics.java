package io.emoticctv.infra.stack;

import io.emoticctv.contracts.Topics;
import io.emoticctv.infra.servers.KafkaServer;
import java.time.Duration;
import java.util.Map;

/**
 * Creates the product's topics. {@code faces} gets room for the job's parallelism to grow; the
 * topics that carry face crops or camera images keep them only briefly, since they must not rest
 * anywhere. The state topics are compacted and created before any process starts, so the job and
 * the agents can subscribe to them before the portal first writes them.
 */
public final class ProductTopics {
  static final Duration FACE_RETENTION = Duration.ofHours(1);
  static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(1);
  /** Previews, probe snapshots and live track readings only matter while someone watches. */
  static final Duration LIVE_VIEW_RETENTION = Duration.ofMinutes(10);

  private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

  private ProductTopics() {}

  public static void create(KafkaServer kafka) {
    kafka.createTopic(Topics.FACES, 8, retention(FACE_RETENTION));
    kafka.createTopic(Topics.FACES_DLQ, 1, retention(DEAD_LETTER_RETENTION));
    kafka.createTopic(Topics.CAMERA_STATUS, 4);
    kafka.createTopic(Topics.EMOTION_WINDOWS, 4);
    kafka.createTopic(Topics.ALERTS, 4);
    kafka.createTopic(Topics.CAMERAS, 1, COMPACTED);
    kafka.createTopic(Topics.RULES, 1, COMPACTED);
    kafka.createTopic(Topics.PREVIEWS, 4, retention(LIVE_VIEW_RETENTION));
    kafka.createTopic(Topics.TRACK_EMOTIONS, 4, retention(LIVE_VIEW_RETENTION));
    kafka.createTopic(Topics.CAMERA_PROBES, 1, retention(LIVE_VIEW_RETENTION));
    kafka.createTopic(Topics.CAMERA_PROBE_RESULTS, 1, retention(LIVE_VIEW_RETENTION));
  }

  private static Map<String, String> retention(Duration keep) {
    return Map.of("retention.ms", String.valueOf(keep.toMillis()));
  }
}
