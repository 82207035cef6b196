package io.emoticctv.job;

import io.emoticctv.contracts.Topics;
import io.emoticctv.job.io.JdbcSettings;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The job's configuration, parsed once from {@code --key value} arguments. Unknown or repeated
 * keys, missing required keys and bad values are errors, reported before anything starts.
 *
 * <p>Keys (default in brackets):
 *
 * <ul>
 *   <li>{@code kafka.bootstrap}: Kafka bootstrap servers (required)
 *   <li>{@code group.id}: consumer group of the {@code faces} source [emoticctv-emotion-job];
 *       the settings source ({@code rules}, {@code cameras}) reads as {@code <group.id>-settings}
 *       from the start and commits nothing
 *   <li>{@code topics.faces}, {@code topics.faces-dlq}, {@code topics.emotion-windows}, {@code
 *       topics.alerts}, {@code topics.rules}, {@code topics.cameras}, {@code
 *       topics.track-emotions}: topic names [faces, faces-dlq, emotion-windows, alerts, rules,
 *       cameras, track-emotions]. Alert rules come only from the compacted {@code rules} topic
 *       (no rule, no alert); {@code cameras} gives each camera's zone.
 *   <li>{@code jdbc.url}, {@code jdbc.user}: the PostgreSQL database (required)
 *   <li>{@code jdbc.password}: [empty]
 *   <li>{@code model.dir}: directory of the trained emotion model, as the task managers see it
 *       (required)
 *   <li>{@code window.seconds}: per-camera event-time window length [10]
 *   <li>{@code window.lateness-seconds}: how long a window still takes late faces, each one
 *       rewriting its row [5]
 *   <li>{@code faces.max-record-bytes}: a {@code faces} record larger than this goes to the
 *       dead-letter topic unread [65536]
 *   <li>{@code smoothing.alpha}: weight of a track's newest face in its moving average, in (0,
 *       1]; 1 turns smoothing off [0.4]
 *   <li>{@code smoothing.track-ttl-seconds}: a track unseen for this long is forgotten [30]
 *   <li>{@code batch.size}: faces per model call [64]
 *   <li>{@code batch.max-wait-ms}: longest a face waits for its batch to fill [20]
 *   <li>{@code checkpoint.interval-ms}: checkpoint interval [5000]
 *   <li>{@code network.buffer-timeout-ms}: longest a record waits in a network buffer before it
 *       is sent to the next task, 0 for at once [10] (see {@link EmotionJob#build})
 * </ul>
 */
public record JobConfig(
    String kafkaBootstrap,
    String groupId,
    TopicNames topics,
    JdbcSettings jdbc,
    String modelDir,
    Duration window,
    Duration allowedLateness,
    int maxFaceRecordBytes,
    double smoothingAlpha,
    Duration trackTtl,
    int batchSize,
    Duration batchMaxWait,
    Duration checkpointInterval,
    Duration networkBufferTimeout) {

  private static final String REQUIRED = "\0required";
  private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("kafka.bootstrap", REQUIRED);
    DEFAULTS.put("group.id", "emoticctv-emotion-job");
    DEFAULTS.put("topics.faces", Topics.FACES);
    DEFAULTS.put("topics.faces-dlq", Topics.FACES_DLQ);
    DEFAULTS.put("topics.emotion-windows", Topics.EMOTION_WINDOWS);
    DEFAULTS.put("topics.alerts", Topics.ALERTS);
    DEFAULTS.put("topics.rules", Topics.RULES);
    DEFAULTS.put("topics.cameras", Topics.CAMERAS);
    DEFAULTS.put("topics.track-emotions", Topics.TRACK_EMOTIONS);
    DEFAULTS.put("jdbc.url", REQUIRED);
    DEFAULTS.put("jdbc.user", REQUIRED);
    DEFAULTS.put("jdbc.password", "");
    DEFAULTS.put("model.dir", REQUIRED);
    DEFAULTS.put("window.seconds", "10");
    DEFAULTS.put("window.lateness-seconds", "5");
    DEFAULTS.put("faces.max-record-bytes", "65536");
    DEFAULTS.put("smoothing.alpha", "0.4");
    DEFAULTS.put("smoothing.track-ttl-seconds", "30");
    DEFAULTS.put("batch.size", "64");
    DEFAULTS.put("batch.max-wait-ms", "20");
    DEFAULTS.put("checkpoint.interval-ms", "5000");
    DEFAULTS.put("network.buffer-timeout-ms", "10");
  }

  /** The recognised keys, in documentation order. */
  public static Set<String> keys() {
    return Collections.unmodifiableSet(DEFAULTS.keySet());
  }

  /**
   * Parses {@code --key value} pairs.
   *
   * @throws IllegalArgumentException naming the offending key and what is expected
   */
  public static JobConfig parse(String... args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("expected --key value, got '" + arg + "'");
      }
      String key = arg.substring(2);
      if (!DEFAULTS.containsKey(key)) {
        throw new IllegalArgumentException("unknown key --" + key + "; known keys: " + DEFAULTS.keySet());
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("--" + key + " needs a value");
      }
      if (given.put(key, args[i + 1]) != null) {
        throw new IllegalArgumentException("--" + key + " given twice");
      }
    }
    Values v = new Values(given);
    return new JobConfig(
        v.text("kafka.bootstrap"),
        v.text("group.id"),
        new TopicNames(
            v.text("topics.faces"), v.text("topics.faces-dlq"),
            v.text("topics.emotion-windows"), v.text("topics.alerts"), v.text("topics.rules"),
            v.text("topics.cameras"), v.text("topics.track-emotions")),
        new JdbcSettings(v.text("jdbc.url"), v.text("jdbc.user"), v.raw("jdbc.password")),
        v.text("model.dir"),
        Duration.ofSeconds(v.positive("window.seconds")),
        Duration.ofSeconds(v.atLeast("window.lateness-seconds", 0)),
        (int) v.positive("faces.max-record-bytes"),
        v.fraction("smoothing.alpha"),
        Duration.ofSeconds(v.positive("smoothing.track-ttl-seconds")),
        (int) v.positive("batch.size"),
        Duration.ofMillis(v.positive("batch.max-wait-ms")),
        Duration.ofMillis(v.positive("checkpoint.interval-ms")),
        Duration.ofMillis(v.atLeast("network.buffer-timeout-ms", 0)));
  }

  /** Typed access to the given values, falling back to the defaults. */
  private record Values(Map<String, String> given) {
    String raw(String key) {
      String value = given.getOrDefault(key, DEFAULTS.get(key));
      if (REQUIRED.equals(value)) {
        throw new IllegalArgumentException("--" + key + " is required");
      }
      return value;
    }

    String text(String key) {
      String value = raw(key).trim();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("--" + key + " must not be empty");
      }
      return value;
    }

    long atLeast(String key, long min) {
      long value;
      try {
        value = Long.parseLong(text(key));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + key + " must be a whole number, was '" + raw(key) + "'");
      }
      if (value < min) {
        throw new IllegalArgumentException("--" + key + " must be at least " + min + ", was " + value);
      }
      return value;
    }

    long positive(String key) {
      return atLeast(key, 1);
    }

    double fraction(String key) {
      double value;
      try {
        value = Double.parseDouble(text(key));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + key + " must be a number, was '" + raw(key) + "'");
      }
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("--" + key + " must be in (0, 1], was " + value);
      }
      return value;
    }
  }
}
