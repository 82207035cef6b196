package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.portal.kafka.PortalFeeds;
import io.emoticctv.portal.kafka.RecordHandler;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Pushes each camera's health to the open maps and camera pages of this portal instance as its
 * agent reports it: {@link PortalFeeds} reads the {@code camera-status} topic for it in a consumer
 * group of its own per instance ({@code <prefix>-health-<random>}, from the end of the topic), as
 * for the alarm console's feed. A camera whose agent falls silent, or whose frames stop, sends
 * nothing: every {@code emoticctv.camera-health.check-every} the cameras whose state changed with
 * time are pushed too, judged from the newest status seen, stored or consumed (so a status not
 * stored yet never rolls a page back). Best effort: a page that reloads reads the stored statuses.
 */
@Singleton
public final class CameraHealthFeed implements RecordHandler<CameraStatus> {
  private final Sinks.Many<CameraHealth> sink = Sinks.many().multicast().directBestEffort();
  private final CameraService cameras;
  private final CameraStatusRepository statuses;
  /** The newest status per camera this instance has seen, and the state last pushed for it. */
  private final Map<String, CameraStatusRow> latest = new ConcurrentHashMap<>();
  private final Map<String, String> pushedStates = new ConcurrentHashMap<>();

  CameraHealthFeed(CameraService cameras, CameraStatusRepository statuses) {
    this.cameras = cameras;
    this.statuses = statuses;
  }

  @Override
  public void handle(CameraStatus status) {
    CameraStatusRow row = CameraStatusRow.of(status);
    latest.merge(row.cameraId(), row, CameraHealthFeed::newer);
    if (sink.currentSubscriberCount() > 0) {
      cameras.health(row).ifPresent(this::push);
    }
  }

  @Scheduled(fixedDelay = "${emoticctv.camera-health.check-every}")
  void pushStatesChangedWithTime() {
    if (sink.currentSubscriberCount() == 0) {
      return;
    }
    // the stored statuses cover cameras that reported before this instance started
    statuses.findAll().forEach(row -> latest.merge(row.cameraId(), row, CameraHealthFeed::newer));
    latest.values().stream()
        .map(cameras::health)
        .flatMap(Optional::stream)
        .filter(h -> !h.stateClass().equals(pushedStates.get(h.cameraId())))
        .forEach(this::push);
  }

  private static CameraStatusRow newer(CameraStatusRow a, CameraStatusRow b) {
    return b.updatedAt().isAfter(a.updatedAt()) ? b : a;
  }

  // the consumer thread and the scheduler both push: serialised, as a sink needs
  private synchronized void push(CameraHealth health) {
    pushedStates.put(health.cameraId(), health.stateClass());
    sink.tryEmitNext(health);
  }

  /** The health of every camera, as statuses arrive. */
  public Flux<CameraHealth> all() {
    return sink.asFlux();
  }

  public Flux<CameraHealth> of(String cameraId) {
    return sink.asFlux().filter(h -> h.cameraId().equals(cameraId));
  }
}
