package io.emoticctv.infra.stack;

import io.emoticctv.contracts.Topics;
import io.emoticctv.infra.servers.KafkaServer;

/** Creates the product's topics; {@code faces} gets room for the job's parallelism to grow. */
public final class ProductTopics {
  private ProductTopics() {}

  public static void create(KafkaServer kafka) {
    kafka.createTopic(Topics.FACES, 8);
    kafka.createTopic(Topics.FACES_DLQ, 1);
    kafka.createTopic(Topics.CAMERA_STATUS, 4);
    kafka.createTopic(Topics.EMOTION_WINDOWS, 4);
    kafka.createTopic(Topics.ALERTS, 4);
  }
}
