package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.admin.EmotionCategories;
import io.emoticctv.portal.admin.EmotionCategory;
import io.emoticctv.portal.admin.EmotionLooks;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.cameras.Camera;
import io.emoticctv.portal.cameras.CameraRepository;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.users.UserAccount;
import io.emoticctv.portal.users.UserRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The alarm console's rows and the operators' actions on them. */
@Singleton
public final class AlarmService {
  static final int LIST_SIZE = 200;
  static final int MAX_COMMENT = 1000;

  private final ConsoleAlertRepository alerts;
  private final CameraRepository cameras;
  private final UserRepository users;
  private final DisplayTime time;
  private final AuditTrail audit;
  private final EmotionCategories categories;
  private final AlarmSounds sounds;

  AlarmService(ConsoleAlertRepository alerts, CameraRepository cameras, UserRepository users,
      DisplayTime time, AuditTrail audit, EmotionCategories categories, AlarmSounds sounds) {
    this.alerts = alerts;
    this.cameras = cameras;
    this.users = users;
    this.time = time;
    this.audit = audit;
    this.categories = categories;
    this.sounds = sounds;
  }

  /** The emotion categories and uploaded sounds as they are now: read once per page or pushed alert. */
  public AlarmLooks looks() {
    List<EmotionCategory> all = categories.all();
    return new AlarmLooks(EmotionLooks.legend(all), EmotionLooks.groups(all), sounds.picker(all));
  }

  /** Alerts operators have not resolved, newest first. */
  public List<AlarmView> unhandled(AlarmLooks looks) {
    Map<String, Camera> cameraById =
        cameras.listOrderByName().stream().collect(Collectors.toMap(Camera::id, Function.identity()));
    Map<Long, String> names = assigneeNames();
    return alerts.findUnhandled(LIST_SIZE).stream()
        .map(a -> view(a, cameraById.get(a.cameraId()), names, looks))
        .toList();
  }

  /** One page of the camera's alerts, newest first; {@code page} below 0 counts as 0. */
  public AlertHistory history(String cameraId, int page, AlarmLooks looks) {
    int shown = Math.max(page, 0);
    Camera camera = cameras.findById(cameraId).orElse(null);
    Map<Long, String> names = assigneeNames();
    List<ConsoleAlert> rows =
        alerts.findOfCamera(cameraId, AlertHistory.PAGE_SIZE + 1, (long) shown * AlertHistory.PAGE_SIZE);
    List<AlarmView> views =
        rows.stream()
            .limit(AlertHistory.PAGE_SIZE)
            .map(a -> view(a, camera, names, looks))
            .toList();
    return new AlertHistory(views, shown, rows.size() > AlertHistory.PAGE_SIZE);
  }

  /** A pushed record as a row, with the operators' status when the row is stored. */
  public AlarmView view(AlertRecord record) {
    Optional<ConsoleAlert> stored = alerts.findById(record.alertId());
    AlarmLooks looks = looks();
    return AlarmView.of(
        record,
        cameras.findById(record.cameraId()).orElse(null),
        stored.map(ConsoleAlert::status).orElse("OPEN"),
        stored.map(a -> name(assigneeNames(), a.assignedTo())).orElse(""),
        looks.look(record.emotion().key()),
        looks.abnormalGroups(record.emotion().key()),
        looks.sounds().forAlert(record.emotion().key(), record.severity().name()),
        time);
  }

  /** The stored alert with the operators' handling. */
  public Optional<ConsoleAlert> find(String alertId) {
    return alerts.findById(alertId);
  }

  /**
   * The name of the user an alert is assigned to, whatever they may do now, with
   * {@code " (disabled)"} after it once they are; empty when it is assigned to nobody.
   */
  public String assigneeName(@Nullable Long userId) {
    return userId == null
        ? ""
        : users.findById(userId).map(u -> u.displayName() + (u.enabled() ? "" : " (disabled)")).orElse("");
  }

  private AlarmView view(ConsoleAlert a, Camera camera, Map<Long, String> names, AlarmLooks looks) {
    return AlarmView.of(a, camera, name(names, a.assignedTo()), looks.look(a.emotion()),
        looks.abnormalGroups(a.emotion()), looks.sounds().forAlert(a.emotion(), a.severity()), time);
  }

  /** Users alerts can be assigned to: enabled operators and admins. */
  public List<UserAccount> assignees() {
    return users.findByEnabledAndRoleInOrderByDisplayName(true, EnumSet.of(Role.OPERATOR, Role.ADMIN));
  }

  public List<ConsoleAlertRepository.RuleFalseAlarms> falseAlarmsPerRule() {
    return alerts.falseAlarmsPerRule();
  }

  /** @return false when the alert is not stored or not OPEN */
  public boolean acknowledge(String alertId, String who) {
    return audited(alerts.acknowledge(alertId, who) == 1, who, "alert.acknowledge", alertId, "");
  }

  /** @param userId null to unassign; must be an assignee otherwise */
  public boolean assign(String alertId, Long userId, String who) {
    if (userId != null && assignees().stream().noneMatch(u -> u.id().equals(userId))) {
      return false;
    }
    return audited(alerts.assign(alertId, userId) == 1, who, "alert.assign", alertId,
        userId == null ? "unassigned" : "to user #" + userId);
  }

  /** Resolves the alert, as handled or as a false alarm, with the operator's comment. */
  public boolean resolve(String alertId, String who, boolean falseAlarm, String comment) {
    String trimmed = comment == null ? "" : comment.strip();
    if (trimmed.length() > MAX_COMMENT) {
      trimmed = trimmed.substring(0, MAX_COMMENT);
    }
    return audited(alerts.resolve(alertId, who, falseAlarm, trimmed) == 1, who,
        falseAlarm ? "alert.false-alarm" : "alert.resolve", alertId, trimmed);
  }

  private boolean audited(boolean changed, String who, String action, String alertId, String detail) {
    if (changed) {
      audit.record(who, action, alertId, detail);
    }
    return changed;
  }

  private Map<Long, String> assigneeNames() {
    return assignees().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
  }

  private static String name(Map<Long, String> names, Long userId) {
    return userId == null ? "" : names.getOrDefault(userId, "");
  }
}
