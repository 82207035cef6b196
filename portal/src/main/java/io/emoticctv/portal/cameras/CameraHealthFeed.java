package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.portal.kafka.PortalFeeds;
import io.emoticctv.portal.kafka.RecordHandler;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Pushes each camera's health to the open maps, camera pages, live walls and alarm consoles of this
 * portal instance as its agent reports it: {@link PortalFeeds} reads the {@code camera-status}
 * topic for it in a consumer group of its own per instance ({@code <prefix>-health-<random>}, from
 * the end of the topic), as for the alarm console's feed. A camera whose agent falls silent, or whose frames stop, sends
 * nothing: every {@code emoticctv.camera-health.check-every} the cameras whose state (or outage
 * alarm, once the outage outlasts the grace period) changed with time are pushed too, judged from
 * the newest status seen, stored or consumed (so a status not stored yet never rolls a page back).
 * Best effort: a page that reloads reads the stored statuses.
 *
 * <p>A status is judged against its camera's settings (its analysis rate), kept here rather than
 * read per status: read again at every check (edits made on other portal instances), dropped at
 * once for a {@link CameraChanged} on this one, and read for a camera not kept yet.
 */
@Singleton
public final class CameraHealthFeed implements RecordHandler<CameraStatus> {
  private final Sinks.Many<CameraHealth> sink = Sinks.many().multicast().directBestEffort();
  private final CameraService cameras;
  private final CameraRepository repository;
  private final CameraStatusRepository statuses;
  /** The newest status per camera this instance has seen, and what was last pushed of it. */
  private final Map<String, CameraStatusRow> latest = new ConcurrentHashMap<>();
  private final Map<String, String> pushedStates = new ConcurrentHashMap<>();
  private final Map<String, Camera> cameraById = new ConcurrentHashMap<>();

  CameraHealthFeed(CameraService cameras, CameraRepository repository, CameraStatusRepository statuses) {
    this.cameras = cameras;
    this.repository = repository;
    this.statuses = statuses;
  }

  @Override
  public void handle(CameraStatus status) {
    CameraStatusRow row = CameraStatusRow.of(status);
    latest.merge(row.cameraId(), row, CameraHealthFeed::newer);
    if (sink.currentSubscriberCount() > 0) {
      camera(row.cameraId()).map(c -> cameras.health(c, row)).ifPresent(this::push);
    }
  }

  @Scheduled(fixedDelay = "${emoticctv.camera-health.check-every}")
  void pushStatesChangedWithTime() {
    if (sink.currentSubscriberCount() == 0) {
      return;
    }
    Map<String, Camera> current =
        repository.listOrderByName().stream().collect(Collectors.toMap(Camera::id, Function.identity()));
    cameraById.keySet().retainAll(current.keySet());
    cameraById.putAll(current);
    // the stored statuses cover cameras that reported before this instance started
    statuses.findAll().forEach(row -> latest.merge(row.cameraId(), row, CameraHealthFeed::newer));
    latest.values().stream()
        .filter(row -> current.containsKey(row.cameraId()))
        .map(row -> cameras.health(current.get(row.cameraId()), row))
        .filter(h -> !shown(h).equals(pushedStates.get(h.cameraId())))
        .forEach(this::push);
  }

  @EventListener
  void onCameraChanged(CameraChanged change) {
    cameraById.remove(change.cameraId());
  }

  /** The camera as kept, else as stored; empty for a camera that is not set up. */
  private Optional<Camera> camera(String cameraId) {
    Camera kept = cameraById.get(cameraId);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<Camera> stored = repository.findById(cameraId);
    stored.ifPresent(c -> cameraById.put(cameraId, c));
    return stored;
  }

  /** What pages show of a health that may change with time alone: the state and the outage alarm. */
  private static String shown(CameraHealth health) {
    return health.stateClass() + (health.outageAlarm() ? " alarm" : "");
  }

  private static CameraStatusRow newer(CameraStatusRow a, CameraStatusRow b) {
    return b.updatedAt().isAfter(a.updatedAt()) ? b : a;
  }

  // the consumer thread and the scheduler both push: serialised, as a sink needs
  private synchronized void push(CameraHealth health) {
    pushedStates.put(health.cameraId(), shown(health));
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
