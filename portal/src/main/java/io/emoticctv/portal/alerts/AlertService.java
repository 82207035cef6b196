package io.emoticctv.portal.alerts;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.alarms.AlarmService;
import io.emoticctv.portal.alarms.AlertHandling;
import io.emoticctv.portal.cameras.Camera;
import io.emoticctv.portal.cameras.CameraRepository;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stored alerts, with their cameras' names and locations, as pages show them. */
@Singleton
final class AlertService {
  static final int LIST_SIZE = 200;

  private final AlertRepository alerts;
  private final CameraRepository cameras;
  private final DisplayTime time;
  private final AlarmService alarms;

  AlertService(AlertRepository alerts, CameraRepository cameras, DisplayTime time, AlarmService alarms) {
    this.alerts = alerts;
    this.cameras = cameras;
    this.time = time;
    this.alarms = alarms;
  }

  /** The newest {@value #LIST_SIZE} alerts, newest first. */
  List<ListedAlert> newest() {
    Map<String, Camera> cameraById =
        cameras.listOrderByName().stream().collect(Collectors.toMap(Camera::id, Function.identity()));
    return alerts.listOrderByOpenedAtDesc(Pageable.from(0, LIST_SIZE)).stream()
        .map(a -> listed(a, cameraById.get(a.cameraId())))
        .toList();
  }

  /** The stored alert with how operators handled it, both from its one row. */
  Optional<HandledAlert> find(String alertId) {
    return alerts
        .findById(alertId)
        .map(a -> new HandledAlert(listed(a, cameras.findById(a.cameraId()).orElse(null)), handling(a)));
  }

  private AlertHandling handling(StoredAlert a) {
    return new AlertHandling(
        alarms.assigneeName(a.assignedTo()),
        a.acknowledgedBy() == null ? "" : a.acknowledgedBy(),
        a.resolvedBy() == null ? "" : a.resolvedBy(),
        a.falseAlarm(),
        a.handlingComment());
  }

  private ListedAlert listed(StoredAlert alert, Camera camera) {
    return new ListedAlert(
        AlertFacts.of(alert, camera, time, AlertLinks.path(alert.alertId())),
        alert.status(),
        time.dateTime(alert.emailedAt()));
  }

  /** An alert row of the alerts page, with what the portal did about it. */
  record ListedAlert(AlertFacts facts, String status, String emailed) {}

  /** A single alert's page: the alert and its handling. */
  record HandledAlert(ListedAlert alert, AlertHandling handling) {}
}
