package io.emoticctv.portal.kafka;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.alerts.AlertNotifier;
import io.emoticctv.portal.cameras.CameraStatusUpdater;
import io.emoticctv.portal.windows.LiveWindowHub;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * The portal's three Kafka consumers, one per topic and portal instance, started with the
 * application and closed with it.
 */
@Singleton
public final class PortalFeeds implements AutoCloseable {
  private final List<TopicConsumer<?>> consumers;

  PortalFeeds(
      KafkaSettings kafka,
      LiveWindowHub liveWindows,
      CameraStatusUpdater cameraStatuses,
      AlertNotifier alertNotifier) {
    String servers = kafka.bootstrapServers();
    String prefix = kafka.groupIdPrefix();
    this.consumers =
        List.of(
            new TopicConsumer<EmotionWindow>(
                servers,
                prefix + "-live-" + UUID.randomUUID(),
                false,
                kafka.emotionWindowsTopic(),
                RecordCodec.EMOTION_WINDOWS,
                liveWindows),
            new TopicConsumer<CameraStatus>(
                servers,
                prefix + "-camera-status",
                true,
                kafka.cameraStatusTopic(),
                RecordCodec.CAMERA_STATUS,
                cameraStatuses),
            new TopicConsumer<AlertRecord>(
                servers,
                prefix + "-alerts",
                true,
                kafka.alertsTopic(),
                RecordCodec.ALERTS,
                alertNotifier));
  }

  @EventListener
  void onStartup(StartupEvent event) {
    consumers.forEach(TopicConsumer::start);
  }

  /** True once every consumer has its partitions: from then on no new record is missed. */
  public boolean ready() {
    return consumers.stream().allMatch(TopicConsumer::isAssigned);
  }

  @PreDestroy
  @Override
  public void close() {
    consumers.forEach(TopicConsumer::close);
  }
}
