package io.emoticctv.infra.stack;

import io.emoticctv.contracts.Topics;
import io.emoticctv.infra.servers.KafkaServer;
import java.time.Duration;
import java.util.Map;

/**
 * Creates the product's topics. {@code faces} gets room for the job's parallelism to grow; the
 * topics that carry face crops keep them only briefly, since crops must not rest anywhere.
 */
public final class ProductTopics {
  static final Duration FACE_RETENTION = Duration.ofHours(1);
  static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(1);

  private ProductTopics() {}

  public static void create(KafkaServer kafka) {
    kafka.createTopic(Topics.FACES, 8, retention(FACE_RETENTION));
    kafka.createTopic(Topics.FACES_DLQ, 1, retention(DEAD_LETTER_RETENTION));
    kafka.createTopic(Topics.CAMERA_STATUS, 4);
    kafka.createTopic(Topics.EMOTION_WINDOWS, 4);
    kafka.createTopic(Topics.ALERTS, 4);
  }

  private static Map<String, String> retention(Duration keep) {
    return Map.of("retention.ms", String.valueOf(keep.toMillis()));
  }
}
