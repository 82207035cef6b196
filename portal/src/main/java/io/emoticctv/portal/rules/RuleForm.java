package io.emoticctv.portal.rules;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.RuleSchedule;
import io.emoticctv.contracts.Severity;
import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule editor's form: its fields as submitted, checked into a {@link RuleRecord} or a message
 * per wrong field. The threshold is entered in percent, the span in seconds, the cooldown in
 * minutes; emotions and weekdays are one checkbox each ({@code emotion-anger}, {@code day-1}).
 * Pure, so every rule is unit-tested.
 */
public final class RuleForm {
  public static final String ID = "ruleId";
  public static final String NAME = "name";
  public static final String KIND = "kind";
  public static final String CAMERA = "cameraId";
  public static final String ZONE = "zone";
  public static final String EMOTIONS = "emotions";
  public static final String THRESHOLD = "threshold";
  public static final String WINDOWS = "windows";
  public static final String MIN_FACES = "minFaces";
  public static final String MIN_CAMERAS = "minCameras";
  public static final String SPAN = "spanSeconds";
  public static final String SEVERITY = "severity";
  public static final String COOLDOWN = "cooldownMinutes";
  public static final String DAYS = "days";
  public static final String START = "startTime";
  public static final String END = "endTime";
  public static final String TIME_ZONE = "timeZone";
  public static final String HOLIDAYS = "holidays";
  public static final String ENABLED = "enabled";

  static final int MAX_WINDOWS = 360;
  static final Set<String> RESERVED_IDS = Set.of("new");
  private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");

  private RuleForm() {}

  /** @param rule null when {@code errors} is not empty */
  public record Checked(@Nullable RuleRecord rule, Map<String, String> values, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public static String emotionField(Emotion e) {
    return "emotion-" + e.key();
  }

  public static String dayField(DayOfWeek d) {
    return "day-" + d.getValue();
  }

  /** A new rule: sustained, 50 % of at least 3 faces for 3 windows, MEDIUM, every day, all day. */
  public static Map<String, String> defaults(String timeZone) {
    Map<String, String> v = new HashMap<>();
    v.put(KIND, RuleKind.SUSTAINED.name());
    v.put(THRESHOLD, "50");
    v.put(WINDOWS, "3");
    v.put(MIN_FACES, "3");
    v.put(MIN_CAMERAS, "2");
    v.put(SPAN, "60");
    v.put(SEVERITY, Severity.MEDIUM.name());
    v.put(COOLDOWN, "5");
    for (DayOfWeek d : DayOfWeek.values()) {
      v.put(dayField(d), "true");
    }
    v.put(START, "00:00");
    v.put(END, "00:00");
    v.put(TIME_ZONE, timeZone);
    v.put(ENABLED, "true");
    return v;
  }

  public static Map<String, String> values(RuleRecord r) {
    Map<String, String> v = new HashMap<>();
    v.put(ID, r.ruleId());
    v.put(NAME, r.name());
    v.put(KIND, r.kind().name());
    v.put(CAMERA, r.cameraId());
    v.put(ZONE, r.zone());
    r.emotions().forEach(e -> v.put(emotionField(e), "true"));
    v.put(THRESHOLD, number(r.threshold() * 100));
    v.put(WINDOWS, Integer.toString(r.windows()));
    v.put(MIN_FACES, Integer.toString(r.minFaces()));
    v.put(MIN_CAMERAS, Integer.toString(r.minCameras()));
    v.put(SPAN, Long.toString(r.spanMs() / 1000));
    v.put(SEVERITY, r.severity().name());
    v.put(COOLDOWN, number(r.cooldownMs() / 60000.0));
    r.schedule().days().forEach(d -> v.put(dayField(d), "true"));
    v.put(START, clock(r.schedule().startMinute()));
    v.put(END, clock(r.schedule().endMinute() % 1440));
    v.put(TIME_ZONE, r.schedule().timeZone());
    v.put(HOLIDAYS, String.join(", ", r.schedule().holidays()));
    if (r.enabled()) {
      v.put(ENABLED, "true");
    }
    return v;
  }

  /**
   * @param ruleId the edited rule's id, or null for a new rule (whose id comes from the form)
   * @param version the version the checked rule gets
   */
  public static Checked check(Map<String, String> submitted, @Nullable String ruleId, int version, long now) {
    Map<String, String> v = new HashMap<>();
    submitted.forEach((k, x) -> v.put(k, x == null ? "" : x.strip()));
    if (ruleId != null) {
      v.put(ID, ruleId);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String id = v.getOrDefault(ID, "");
    if (!ID_PATTERN.matcher(id).matches() || RESERVED_IDS.contains(id)) {
      errors.put(ID, "Use 1 to 64 lower-case letters, digits, '-' and '_', starting with a letter or digit.");
    }
    String name = v.getOrDefault(NAME, "");
    if (name.isEmpty() || name.length() > 80) {
      errors.put(NAME, "Enter a name of at most 80 characters.");
    }
    RuleKind kind = parseEnum(RuleKind.class, v.get(KIND));
    if (kind == null) {
      errors.put(KIND, "Choose a kind.");
    }
    Severity severity = parseEnum(Severity.class, v.get(SEVERITY));
    if (severity == null) {
      errors.put(SEVERITY, "Choose a severity.");
    }
    String camera = v.getOrDefault(CAMERA, "");
    String zone = v.getOrDefault(ZONE, "");
    if (kind == RuleKind.ZONE_SPREAD && (zone.isEmpty() || !camera.isEmpty())) {
      errors.put(ZONE, "A zone-spread rule watches a zone: enter the zone and choose no single camera.");
    }
    List<Emotion> emotions = new ArrayList<>();
    for (Emotion e : Emotion.values()) {
      if (checked(v, emotionField(e))) {
        emotions.add(e);
      }
    }
    if (emotions.isEmpty()) {
      errors.put(EMOTIONS, "Choose at least one emotion.");
    }
    Double percent = decimal(v.get(THRESHOLD));
    if (percent == null || percent <= 0 || percent > 100) {
      errors.put(THRESHOLD, "Enter a share of faces above 0 and at most 100 %.");
    }
    Integer windows = integer(v.get(WINDOWS), 1, MAX_WINDOWS, WINDOWS, "windows", errors);
    Integer minFaces = integer(v.get(MIN_FACES), 0, 10_000, MIN_FACES, "faces", errors);
    Integer minCameras = 0;
    Integer spanSeconds = 0;
    if (kind == RuleKind.ZONE_SPREAD) {
      minCameras = integer(v.get(MIN_CAMERAS), 2, 1000, MIN_CAMERAS, "cameras", errors);
      spanSeconds = integer(v.get(SPAN), 1, 86_400, SPAN, "seconds", errors);
    }
    Double cooldown = decimal(v.get(COOLDOWN));
    if (cooldown == null || cooldown < 0 || cooldown > 7 * 24 * 60) {
      errors.put(COOLDOWN, "Enter a cooldown from 0 to 10080 minutes.");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (checked(v, dayField(d))) {
        days.add(d);
      }
    }
    Integer start = minute(v.get(START));
    Integer end = minute(v.get(END));
    if (start == null || end == null) {
      errors.put(START, "Enter the active hours as HH:MM; the same start and end means all day.");
    }
    List<String> holidays = new ArrayList<>();
    for (String h : v.getOrDefault(HOLIDAYS, "").split("[,\\s]+")) {
      if (h.isEmpty()) {
        continue;
      }
      try {
        holidays.add(LocalDate.parse(h).toString());
      } catch (DateTimeException e) {
        errors.put(HOLIDAYS, "'" + h + "' is not a date such as 2026-12-25.");
      }
    }
    String timeZone = v.getOrDefault(TIME_ZONE, "");
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      errors.put(TIME_ZONE, "Enter a time zone such as Europe/Berlin or UTC.");
    }
    if (days.isEmpty()) {
      errors.put(DAYS, "Choose at least one weekday.");
    }
    if (!errors.isEmpty()) {
      return new Checked(null, v, errors);
    }
    RuleSchedule schedule = new RuleSchedule(Set.copyOf(days), start, end, timeZone, List.copyOf(holidays));
    RuleRecord rule =
        new RuleRecord(
            RuleRecord.SCHEMA_VERSION,
            id,
            version,
            name,
            kind,
            kind == RuleKind.ZONE_SPREAD ? "" : camera,
            camera.isEmpty() ? zone : "",
            List.copyOf(emotions),
            Math.round(percent * 10) / 1000.0,
            windows,
            minFaces,
            minCameras,
            spanSeconds * 1000L,
            severity,
            Math.round(cooldown * 60_000),
            schedule,
            checked(v, ENABLED),
            now);
    return new Checked(rule, v, errors);
  }

  private static boolean checked(Map<String, String> v, String field) {
    String x = v.get(field);
    return "true".equals(x) || "on".equals(x);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer integer(
      String value, int min, int max, String field, String unit, Map<String, String> errors) {
    try {
      int n = Integer.parseInt(value == null ? "" : value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.put(field, "Enter a whole number of " + unit + " from " + min + " to " + max + ".");
    return null;
  }

  private static Double decimal(String value) {
    try {
      return value == null || value.isEmpty() ? null : Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer minute(String value) {
    Matcher m = CLOCK.matcher(value == null ? "" : value);
    return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : null;
  }

  private static String clock(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  private static String number(double x) {
    return x == Math.rint(x) ? Long.toString(Math.round(x)) : Double.toString(Math.round(x * 100) / 100.0);
  }
}
