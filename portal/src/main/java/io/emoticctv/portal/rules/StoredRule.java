package io.emoticctv.portal.rules;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.RuleSchedule;
import io.emoticctv.contracts.Severity;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of {@code rules}. Lists are stored comma separated: emotion keys, weekday numbers
 * (1 = Monday) and ISO holiday dates.
 */
@MappedEntity("rules")
public record StoredRule(
    @Id String ruleId,
    int version,
    String name,
    String kind,
    String cameraId,
    String zone,
    String emotions,
    double threshold,
    int windows,
    int minFaces,
    int minCameras,
    long spanMs,
    String severity,
    long cooldownMs,
    String days,
    int startMinute,
    int endMinute,
    String timeZone,
    String holidays,
    boolean enabled,
    Instant updatedAt) {

  public static StoredRule of(RuleRecord r) {
    RuleSchedule s = r.schedule();
    return new StoredRule(
        r.ruleId(),
        r.version(),
        r.name(),
        r.kind().name(),
        r.cameraId(),
        r.zone(),
        r.emotions().stream().map(Emotion::key).collect(Collectors.joining(",")),
        r.threshold(),
        r.windows(),
        r.minFaces(),
        r.minCameras(),
        r.spanMs(),
        r.severity().name(),
        r.cooldownMs(),
        s.days().stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(",")),
        s.startMinute(),
        s.endMinute(),
        s.timeZone(),
        String.join(",", s.holidays()),
        r.enabled(),
        Instant.ofEpochMilli(r.updatedAt()));
  }

  public RuleRecord toRecord() {
    List<Emotion> emotionList = split(emotions).stream().map(Emotion::fromKey).toList();
    Set<DayOfWeek> dayset = EnumSet.noneOf(DayOfWeek.class);
    split(days).forEach(d -> dayset.add(DayOfWeek.of(Integer.parseInt(d))));
    return new RuleRecord(
        RuleRecord.SCHEMA_VERSION,
        ruleId,
        version,
        name,
        RuleKind.valueOf(kind),
        cameraId,
        zone,
        emotionList,
        threshold,
        windows,
        minFaces,
        minCameras,
        spanMs,
        Severity.valueOf(severity),
        cooldownMs,
        new RuleSchedule(Set.copyOf(dayset), startMinute, endMinute, timeZone, split(holidays)),
        enabled,
        updatedAt.toEpochMilli());
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }
}
