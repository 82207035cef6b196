package io.emoticctv.ingest;

import io.emoticctv.contracts.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    String camerasTopic) {

  public static final String BOOTSTRAP = "kafka.bootstrap";
  public static final String FACES_TOPIC = "topics.faces";
  public static final String STATUS_TOPIC = "topics.camera-status";
  public static final String CAMERAS_TOPIC = "topics.cameras";
  public static final String CAMERAS_FROM_TOPIC = "cameras.from-topic";
  private static final List<String> TOP_LEVEL_KEYS =
      List.of(BOOTSTRAP, FACES_TOPIC, STATUS_TOPIC, CAMERAS_TOPIC, CAMERAS_FROM_TOPIC);
  private static final List<String> CAMERA_KEYS =
      List.of("url", "fps", "loop", "min-face-px", "detector");
  private static final String KNOWN_KEYS =
      String.join(", ", TOP_LEVEL_KEYS) + ", camera.<id>.{" + String.join(",", CAMERA_KEYS) + "}";
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
      } else if (!TOP_LEVEL_KEYS.contains(key)) {
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
        bootstrap, facesTopic, statusTopic, cameras, fromTopic, camerasTopic);
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
    return new CameraConfig(id, url, fps, loop, minFace, detector);
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
