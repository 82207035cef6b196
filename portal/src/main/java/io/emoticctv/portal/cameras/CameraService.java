package io.emoticctv.portal.cameras;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.PortalSettings;
import io.emoticctv.portal.windows.EmotionWindowRepository;
import io.emoticctv.portal.windows.WindowCounts;
import io.emoticctv.portal.windows.WindowView;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cameras with their stream state and emotion shares, for the list and the dashboards. */
@Singleton
public final class CameraService {
  private final CameraRepository cameras;
  private final CameraStatusRepository statuses;
  private final EmotionWindowRepository windows;
  private final PortalSettings settings;
  private final CameraHealthSettings health;
  private final DisplayTime time;
  private final Clock clock;

  CameraService(
      CameraRepository cameras,
      CameraStatusRepository statuses,
      EmotionWindowRepository windows,
      PortalSettings settings,
      CameraHealthSettings health,
      DisplayTime time) {
    this.cameras = cameras;
    this.statuses = statuses;
    this.windows = windows;
    this.settings = settings;
    this.health = health;
    this.time = time;
    this.clock = Clock.systemUTC();
  }

  public List<CameraOverview> overview() {
    Map<String, CameraStatusRow> statusById = statusById();
    Map<String, WindowCounts> latestById =
        windows.findLatestOfEachCamera().stream()
            .collect(Collectors.toMap(WindowCounts::cameraId, Function.identity()));
    Instant now = clock.instant();
    return cameras.listOrderByName().stream()
        .map(c -> overview(c, statusById.get(c.id()), latestById.get(c.id()), now))
        .toList();
  }

  /** Cameras with coordinates, with their health, for the map. */
  public List<MapMarker> markers() {
    Map<String, CameraStatusRow> statusById = statusById();
    return cameras.listOrderByName().stream()
        .filter(c -> c.latitude() != null && c.longitude() != null)
        .map(c -> MapMarker.of(c, health(c, statusById.get(c.id()))))
        .toList();
  }

  /** Every camera's health by camera id, for pages that show cameras beside other things. */
  public Map<String, CameraHealth> healthById() {
    Map<String, CameraStatusRow> statusById = statusById();
    return cameras.listOrderByName().stream()
        .collect(Collectors.toMap(Camera::id, c -> health(c, statusById.get(c.id()))));
  }

  private Map<String, CameraStatusRow> statusById() {
    return statuses.findAll().stream().collect(Collectors.toMap(CameraStatusRow::cameraId, Function.identity()));
  }

  /** The health a status shows for its camera. */
  CameraHealth health(Camera camera, @Nullable CameraStatusRow status) {
    Instant now = clock.instant();
    CameraLink link = CameraLink.of(status, camera.analysisFps(), now, settings.cameraOfflineAfter(), health);
    boolean outageAlarm = CameraOutage.alertableSince(link, status, now, health.alertAfter()) != null;
    return CameraHealth.of(camera, link, status, outageAlarm, time);
  }

  public Optional<CameraDashboard> dashboard(String cameraId) {
    return cameras.findById(cameraId).map(this::dashboard);
  }

  private CameraDashboard dashboard(Camera camera) {
    Optional<WindowCounts> latest = windows.findLatest(camera.id());
    List<WindowView> trend =
        latest
            .map(
                newest ->
                    windows.findSince(camera.id(), newest.windowStart().minus(settings.trendSpan())))
            .orElse(List.of())
            .stream()
            .map(WindowView::of)
            .toList();
    CameraStatusRow status = statuses.findById(camera.id()).orElse(null);
    CameraOverview overview = overview(camera, status, latest.orElse(null), clock.instant());
    return new CameraDashboard(overview, health(camera, status), trend, settings.trendSpan().toMillis());
  }

  private CameraOverview overview(
      Camera camera, CameraStatusRow status, WindowCounts latest, Instant now) {
    CameraLink link = CameraLink.of(status, camera.analysisFps(), now, settings.cameraOfflineAfter(), health);
    String lastSeen =
        status == null || status.lastFrameAt() == null ? "never" : time.dateTime(status.lastFrameAt());
    EmotionMix mix =
        latest == null
            ? null
            : EmotionMix.of(
                WindowView.of(latest),
                time.dateTime(latest.windowStart()) + " – " + time.timeOfDay(latest.windowEnd()));
    return new CameraOverview(
        camera.id(), camera.name(), camera.location(), camera.zone(), link, lastSeen, mix);
  }
}
