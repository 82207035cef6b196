package io.emoticctv.portal.kafka;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.alarms.AlarmFeed;
import io.emoticctv.portal.alerts.AlertNotifier;
import io.emoticctv.portal.cameras.CameraHealthFeed;
import io.emoticctv.portal.cameras.CameraStatusUpdater;
import io.emoticctv.portal.windows.LiveWindowHub;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The portal's Kafka consumers that hand records to other beans, started with the application and
 * closed with it: the stored camera statuses and alerts (groups shared by all portal instances),
 * and the live windows, alarms and camera health each instance pushes to its own browsers (groups
 * of this instance only).
 */
@Singleton
public final class PortalFeeds implements AutoCloseable {
  private final List<TopicConsumer<?>> consumers;

  PortalFeeds(
      KafkaSettings kafka,
      LiveWindowHub liveWindows,
      CameraStatusUpdater cameraStatuses,
      AlertNotifier alertNotifier,
      AlarmFeed alarms,
      CameraHealthFeed health) {
    String servers = kafka.bootstrapServers();
    String prefix = kafka.groupIdPrefix();
    this.consumers =
        List.of(
            TopicConsumer.ofThisInstance(kafka, "live", kafka.emotionWindowsTopic(), RecordCodec.EMOTION_WINDOWS, liveWindows),
            TopicConsumer.ofThisInstance(kafka, "alarms", kafka.alertsTopic(), RecordCodec.ALERTS, alarms),
            TopicConsumer.ofThisInstance(kafka, "health", kafka.cameraStatusTopic(), RecordCodec.CAMERA_STATUS, health),
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
