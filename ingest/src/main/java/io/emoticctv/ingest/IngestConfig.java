package io.emoticctv.ingest;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.Topics;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest agent's configuration, parsed once at startup from a properties file. Keys are listed
 * on {@link IngestAgentMain}; anything else is an error, so a typo never silently falls back to a
 * default.
 */
public record IngestConfig(
    String bootstrapServers,
    String facesTopic,
    String statusTopic,
    List<CameraConfig> cameras,
    boolean camerasFromTopic,
    String camerasTopic,
    FaceQualityGate quality,
    String previewsTopic,
    PreviewSettings previews,
    double fullScanIntervalS,
    boolean probesEnabled,
    String probesTopic,
    String probeResultsTopic,
    Duration probeTimeout,
    String alertsTopic,
    String rulesTopic,
    AlarmSettings alarm) {

  public static final String BOOTSTRAP = "kafka.bootstrap";
  public static final String FACES_TOPIC = "topics.faces";
  public static final String STATUS_TOPIC = "topics.camera-status";
  public static final String CAMERAS_TOPIC = "topics.cameras";
  public static final String CAMERAS_FROM_TOPIC = "cameras.from-topic";
  public static final String QUALITY_MIN_FACE_PX = "quality.min-face-px";
  public static final String QUALITY_MIN_SHARPNESS = "quality.min-sharpness";
  public static final String QUALITY_MAX_YAW = "quality.max-yaw-degrees";
  public static final String QUALITY_MAX_ROLL = "quality.max-roll-degrees";
  public static final String PREVIEWS_TOPIC = "topics.previews";
  public static final String PREVIEWS_PER_SECOND = "previews.per-second";
  public static final String PREVIEWS_MAX_SIDE = "previews.max-side";
  public static final String FULL_SCAN_INTERVAL_S = "detection.full-scan-interval-s";
  public static final String PROBES_ENABLED = "probes.enabled";
  public static final String PROBES_TOPIC = "topics.camera-probes";
  public static final String PROBE_RESULTS_TOPIC = "topics.camera-probe-results";
  public static final String PROBES_TIMEOUT_MS = "probes.timeout-ms";
  public static final String ALERTS_TOPIC = "topics.alerts";
  public static final String RULES_TOPIC = "topics.rules";
  public static final String SOUNDS_MIN_INTERVAL_MS = "sounds.min-interval-ms";
  private static final String SOUND_PREFIX = "sounds.";
  private static final List<String> TOP_LEVEL_KEYS =
      List.of(
          BOOTSTRAP,
          FACES_TOPIC,
          STATUS_TOPIC,
          CAMERAS_TOPIC,
          CAMERAS_FROM_TOPIC,
          QUALITY_MIN_FACE_PX,
          QUALITY_MIN_SHARPNESS,
          QUALITY_MAX_YAW,
          QUALITY_MAX_ROLL,
          PREVIEWS_TOPIC,
          PREVIEWS_PER_SECOND,
          PREVIEWS_MAX_SIDE,
          FULL_SCAN_INTERVAL_S,
          PROBES_ENABLED,
          PROBES_TOPIC,
          PROBE_RESULTS_TOPIC,
          PROBES_TIMEOUT_MS,
          ALERTS_TOPIC,
          RULES_TOPIC,
          SOUNDS_MIN_INTERVAL_MS);
  private static final List<String> CAMERA_KEYS =
      List.of(
          "url",
          "fps",
          "loop",
          "min-face-px",
          "detector",
          "rtsp-transport",
          "privacy-blur",
          "speaker-url");
  private static final String KNOWN_KEYS =
      String.join(", ", TOP_LEVEL_KEYS)
          + ", sounds.<emotion>, camera.<id>.{"
          + String.join(",", CAMERA_KEYS)
          + "}";
  private static final Pattern CAMERA_KEY = Pattern.compile("camera\\.([^.]*)\\.(.+)");

  public IngestConfig {
    cameras = List.copyOf(cameras);
  }

  public static IngestConfig load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    try {
      return parse(properties);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads and validates every key; the message names each problem found. */
  public static IngestConfig parse(Properties properties) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> cameraKeys = new TreeMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      Matcher camera = CAMERA_KEY.matcher(key);
      if (camera.matches() && CAMERA_KEYS.contains(camera.group(2))) {
        cameraKeys
            .computeIfAbsent(camera.group(1), id -> new TreeMap<>())
            .put(camera.group(2), properties.getProperty(key).trim());
      } else if (!TOP_LEVEL_KEYS.contains(key) && !isSoundKey(key)) {
        problems.add("unknown key '" + key + "' (known: " + KNOWN_KEYS + ")");
      }
    }
    String bootstrap = properties.getProperty(BOOTSTRAP, "").trim();
    if (bootstrap.isEmpty()) {
      problems.add(BOOTSTRAP + " is required");
    }
    String facesTopic = topic(properties, FACES_TOPIC, Topics.FACES, problems);
    String statusTopic = topic(properties, STATUS_TOPIC, Topics.CAMERA_STATUS, problems);
    String camerasTopic = topic(properties, CAMERAS_TOPIC, Topics.CAMERAS, problems);
    boolean fromTopic = false;
    try {
      fromTopic = bool(CAMERAS_FROM_TOPIC, properties.getProperty(CAMERAS_FROM_TOPIC, "false"));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }

    FaceQualityGate quality = FaceQualityGate.DEFAULT;
    try {
      quality = quality(properties);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    String previewsTopic = topic(properties, PREVIEWS_TOPIC, Topics.PREVIEWS, problems);
    PreviewSettings previews = PreviewSettings.DEFAULT;
    boolean probesEnabled = false;
    Duration probeTimeout = ProbeResponder.DEFAULT_TIMEOUT;
    Map<String, String> all = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> all.put(k, properties.getProperty(k).trim()));
    try {
      previews =
          new PreviewSettings(
              parsed(
                  all,
                  "",
                  PREVIEWS_PER_SECOND,
                  PreviewSettings.DEFAULT_PER_SECOND,
                  Double::valueOf,
                  "a number"),
              parsed(
                  all,
                  "",
                  PREVIEWS_MAX_SIDE,
                  PreviewSettings.DEFAULT_MAX_SIDE,
                  Integer::valueOf,
                  "an integer"));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    double fullScanIntervalS = ScheduledFaceDetector.DEFAULT_FULL_SCAN_INTERVAL_S;
    try {
      fullScanIntervalS =
          parsed(
              all,
              "",
              FULL_SCAN_INTERVAL_S,
              ScheduledFaceDetector.DEFAULT_FULL_SCAN_INTERVAL_S,
              Double::valueOf,
              "a number");
      if (!(fullScanIntervalS > 0 && fullScanIntervalS <= 60)) {
        throw new IllegalArgumentException(
            FULL_SCAN_INTERVAL_S + " must be in (0, 60], was " + fullScanIntervalS);
      }
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    try {
      probesEnabled = bool(PROBES_ENABLED, all.getOrDefault(PROBES_ENABLED, "false"));
      long ms =
          parsed(
              all,
              "",
              PROBES_TIMEOUT_MS,
              ProbeResponder.DEFAULT_TIMEOUT.toMillis(),
              Long::valueOf,
              "an integer");
      if (ms < 500 || ms > 60_000) {
        throw new IllegalArgumentException(PROBES_TIMEOUT_MS + " must be 500..60000, was " + ms);
      }
      probeTimeout = Duration.ofMillis(ms);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    String alertsTopic = topic(properties, ALERTS_TOPIC, Topics.ALERTS, problems);
    String rulesTopic = topic(properties, RULES_TOPIC, Topics.RULES, problems);
    AlarmSettings alarm = AlarmSettings.NONE;
    try {
      alarm = alarm(all, cameraKeys);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    String probesTopic = topic(properties, PROBES_TOPIC, Topics.CAMERA_PROBES, problems);
    String probeResultsTopic =
        topic(properties, PROBE_RESULTS_TOPIC, Topics.CAMERA_PROBE_RESULTS, problems);

    List<CameraConfig> cameras = new ArrayList<>();
    cameraKeys.forEach(
        (id, keys) -> {
          try {
            cameras.add(camera(id, keys));
          } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
          }
        });
    if (cameraKeys.isEmpty() && !fromTopic) {
      problems.add("no cameras: add camera.<id>.url=... or " + CAMERAS_FROM_TOPIC + "=true");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid ingest configuration: " + String.join("; ", problems));
    }
    return new IngestConfig(
        bootstrap,
        facesTopic,
        statusTopic,
        cameras,
        fromTopic,
        camerasTopic,
        quality,
        previewsTopic,
        previews,
        fullScanIntervalS,
        probesEnabled,
        probesTopic,
        probeResultsTopic,
        probeTimeout,
        alertsTopic,
        rulesTopic,
        alarm);
  }

  private static boolean isSoundKey(String key) {
    if (!key.startsWith(SOUND_PREFIX) || key.equals(SOUNDS_MIN_INTERVAL_MS)) {
      return false;
    }
    String emotion = key.substring(SOUND_PREFIX.length());
    return Arrays.stream(Emotion.values()).anyMatch(e -> e.key().equals(emotion));
  }

  private static AlarmSettings alarm(
      Map<String, String> all, Map<String, Map<String, String>> cameraKeys) {
    Map<Emotion, Path> sounds = new EnumMap<>(Emotion.class);
    all.forEach(
        (key, value) -> {
          if (isSoundKey(key)) {
            Path file = Path.of(value);
            if (!Files.isReadable(file)) {
              throw new IllegalArgumentException(key + ": cannot read " + file);
            }
            sounds.put(Emotion.fromKey(key.substring(SOUND_PREFIX.length())), file);
          }
        });
    Map<String, URI> speakers = new TreeMap<>();
    cameraKeys.forEach(
        (id, keys) -> {
          String url = keys.get("speaker-url");
          if (url != null) {
            URI uri;
            try {
              uri = new URI(url);
            } catch (URISyntaxException e) {
              throw new IllegalArgumentException(
                  "camera." + id + ".speaker-url is not a URL: '" + url + "'");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
                || uri.getHost() == null) {
              throw new IllegalArgumentException(
                  "camera." + id + ".speaker-url must be an http(s) URL with a host");
            }
            speakers.put(id, uri);
          }
        });
    long interval =
        parsed(
            all,
            "",
            SOUNDS_MIN_INTERVAL_MS,
            AlarmSettings.DEFAULT_MIN_INTERVAL.toMillis(),
            Long::valueOf,
            "an integer");
    if (interval < 0) {
      throw new IllegalArgumentException(SOUNDS_MIN_INTERVAL_MS + " must not be negative");
    }
    return new AlarmSettings(sounds, speakers, Duration.ofMillis(interval));
  }

  private static FaceQualityGate quality(Properties properties) {
    Map<String, String> keys = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("quality.")) {
        keys.put(key, properties.getProperty(key).trim());
      }
    }
    FaceQualityGate d = FaceQualityGate.DEFAULT;
    try {
      return new FaceQualityGate(
          parsed(keys, "", QUALITY_MIN_FACE_PX, d.minFacePx(), Integer::valueOf, "an integer"),
          parsed(keys, "", QUALITY_MIN_SHARPNESS, d.minSharpness(), Double::valueOf, "a number"),
          parsed(keys, "", QUALITY_MAX_YAW, d.maxYawDegrees(), Double::valueOf, "a number"),
          parsed(keys, "", QUALITY_MAX_ROLL, d.maxRollDegrees(), Double::valueOf, "a number"));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("quality.")) {
        throw e;
      }
      throw new IllegalArgumentException("quality gate: " + e.getMessage(), e);
    }
  }

  private static CameraConfig camera(String id, Map<String, String> keys) {
    String prefix = "camera." + id + ".";
    String url = keys.get("url");
    if (url == null || url.isEmpty()) {
      throw new IllegalArgumentException(prefix + "url is required");
    }
    double fps =
        parsed(keys, prefix, "fps", CameraConfig.DEFAULT_ANALYSIS_FPS, Double::valueOf, "a number");
    boolean loop = keys.containsKey("loop") && bool(prefix + "loop", keys.get("loop"));
    int minFace =
        parsed(
            keys,
            prefix,
            "min-face-px",
            CameraConfig.DEFAULT_MIN_FACE_PX,
            Integer::valueOf,
            "an integer");
    DetectorKind detector =
        keys.containsKey("detector")
            ? detector(prefix, keys.get("detector"))
            : CameraConfig.DEFAULT_DETECTOR;
    RtspTransport transport = RtspTransport.TCP;
    if (keys.containsKey("rtsp-transport")) {
      try {
        transport = RtspTransport.parse(keys.get("rtsp-transport"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(prefix + "rtsp-transport: " + e.getMessage(), e);
      }
    }
    boolean privacyBlur =
        !keys.containsKey("privacy-blur")
            || bool(prefix + "privacy-blur", keys.get("privacy-blur"));
    return new CameraConfig(id, url, fps, loop, minFace, detector, transport, privacyBlur);
  }

  private static boolean bool(String key, String value) {
    String trimmed = value.trim();
    if (!trimmed.equals("true") && !trimmed.equals("false")) {
      throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
    }
    return Boolean.parseBoolean(trimmed);
  }

  private static DetectorKind detector(String prefix, String value) {
    try {
      return DetectorKind.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix + "detector: " + e.getMessage(), e);
    }
  }

  /** The value of {@code key} read by {@code parser}, or {@code fallback} when it is not set. */
  private static <T> T parsed(
      Map<String, String> keys,
      String prefix,
      String key,
      T fallback,
      Function<String, T> parser,
      String kind) {
    String value = keys.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return parser.apply(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(prefix + key + " is not " + kind + ": '" + value + "'");
    }
  }

  private static String topic(
      Properties properties, String key, String fallback, List<String> problems) {
    String value = properties.getProperty(key, fallback).trim();
    if (value.isEmpty()) {
      problems.add(key + " is empty");
    }
    return value;
  }
}
