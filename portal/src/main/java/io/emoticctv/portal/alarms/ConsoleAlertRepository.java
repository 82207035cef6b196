package io.emoticctv.portal.alarms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.core.annotation.Introspected;
import java.util.List;
import java.util.Optional;

/**
 * The alarm console's reads and the operators' changes to {@code alerts}. Each change names the
 * status it moves from, so two operators acting on one alert at once cannot undo each other.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConsoleAlertRepository extends GenericRepository<ConsoleAlert, String> {

  Optional<ConsoleAlert> findById(String alertId);

  /** Alerts operators have not resolved yet, newest first. */
  @Query(
      "SELECT * FROM alerts WHERE status <> 'RESOLVED' ORDER BY opened_at DESC LIMIT :limit")
  List<ConsoleAlert> findUnhandled(int limit);

  /** One camera's alerts, handled or not, newest first. */
  @Query(
      "SELECT * FROM alerts WHERE camera_id = :cameraId ORDER BY opened_at DESC, alert_id LIMIT :limit OFFSET :offset")
  List<ConsoleAlert> findOfCamera(String cameraId, int limit, long offset);

  @Query(
      "UPDATE alerts SET status = 'ACKNOWLEDGED', acknowledged_by = :who, acknowledged_at = now()"
          + " WHERE alert_id = :alertId AND status = 'OPEN'")
  int acknowledge(String alertId, String who);

  @Query(
      "UPDATE alerts SET assigned_to = :userId WHERE alert_id = :alertId AND status <> 'RESOLVED'")
  int assign(String alertId, @Nullable Long userId);

  @Query(
      "UPDATE alerts SET status = 'RESOLVED', resolved_by = :who, handled_at = now(),"
          + " false_alarm = :falseAlarm, handling_comment = :comment"
          + " WHERE alert_id = :alertId AND status <> 'RESOLVED'")
  int resolve(String alertId, String who, boolean falseAlarm, String comment);

  /** Per rule: how many alerts operators resolved, and how many of them as false alarms. */
  @Query(
      "SELECT rule_id, max(rule) AS rule, count(*) AS resolved,"
          + " count(*) FILTER (WHERE false_alarm) AS false_alarms"
          + " FROM alerts WHERE status = 'RESOLVED' GROUP BY rule_id ORDER BY rule_id")
  List<RuleFalseAlarms> falseAlarmsPerRule();

  /** @param resolved alerts of the rule operators resolved */
  @Introspected
  record RuleFalseAlarms(String ruleId, String rule, long resolved, long falseAlarms) {
    public String rate() {
      return resolved == 0 ? "—" : Math.round(100.0 * falseAlarms / resolved) + "%";
    }
  }
}
