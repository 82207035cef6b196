package io.emoticctv.portal.cameras;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The camera form: its fields as submitted, checked into a {@link Camera} or a message per field
 * that is wrong. Pure, so every rule is unit-tested.
 */
public final class CameraForm {
  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String LOCATION = "location";
  public static final String DESCRIPTION = "description";
  public static final String SOURCE_URL = "sourceUrl";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String ZONE = "zone";
  public static final String ANALYSIS_FPS = "analysisFps";
  public static final String ENABLED = "enabled";
  public static final String PRIVACY_BLUR = "privacyBlur";

  static final int MAX_ID = 64;
  static final int MAX_NAME = 80;
  static final int MAX_TEXT = 120;
  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_URL = 2000;
  static final double MIN_FPS = 0.2;
  static final double MAX_FPS = 30;
  static final float DEFAULT_FPS = 5;
  /** Addresses of the camera pages: the form, its "Test connection", the map. */
  static final Set<String> RESERVED_IDS = Set.of("new", "probe", "map");
  static final Set<String> STREAM_SCHEMES = Set.of("rtsp", "rtsps", "http", "https", "file");

  private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern IPV4_AND_PORT = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(:\\d{1,5})?");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,4}(\\.\\d{1,12})?");

  private CameraForm() {}

  /**
   * @param camera the checked camera, or null when {@code errors} is not empty
   * @param values the fields as entered, to show the form again
   * @param errors field name → what is wrong with it
   */
  public record Checked(@Nullable Camera camera, Map<String, String> values, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** A new camera's form; faces are blurred in its previews when the site's default says so. */
  public static Map<String, String> defaults(boolean privacyBlur) {
    Map<String, String> values = new HashMap<>();
    values.put(ANALYSIS_FPS, Float.toString(DEFAULT_FPS));
    values.put(ENABLED, "true");
    if (privacyBlur) {
      values.put(PRIVACY_BLUR, "true");
    }
    return values;
  }

  /** A stored camera's form. Unchecked boxes are absent, as a browser leaves them out. */
  public static Map<String, String> values(Camera camera) {
    Map<String, String> values = new HashMap<>();
    values.put(ID, camera.id());
    values.put(NAME, camera.name());
    values.put(LOCATION, camera.location());
    values.put(DESCRIPTION, camera.description());
    values.put(SOURCE_URL, camera.sourceUrl());
    values.put(LATITUDE, camera.latitude() == null ? "" : camera.latitude().toString());
    values.put(LONGITUDE, camera.longitude() == null ? "" : camera.longitude().toString());
    values.put(ZONE, camera.zone());
    values.put(ANALYSIS_FPS, Float.toString(camera.analysisFps()));
    if (camera.enabled()) {
      values.put(ENABLED, "true");
    }
    if (camera.privacyBlur()) {
      values.put(PRIVACY_BLUR, "true");
    }
    return values;
  }

  /**
   * @param submitted the form's fields; the id is taken from here only for a new camera
   * @param existingId the camera's id when an existing camera is edited (ids never change), else
   *     null
   */
  public static Checked check(Map<String, String> submitted, @Nullable String existingId) {
    Map<String, String> values = new HashMap<>(submitted);
    if (existingId != null) {
      values.put(ID, existingId);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String id = text(values, ID);
    if (existingId == null) {
      note(errors, ID, idProblem(id));
    }
    String name = text(values, NAME);
    note(errors, NAME, name.isEmpty() ? "Give the camera a name." : tooLong(name, MAX_NAME));
    String location = text(values, LOCATION);
    note(errors, LOCATION, tooLong(location, MAX_TEXT));
    String description = text(values, DESCRIPTION);
    note(errors, DESCRIPTION, tooLong(description, MAX_DESCRIPTION));
    String zone = text(values, ZONE);
    note(errors, ZONE, tooLong(zone, MAX_TEXT));
    String sourceUrl = streamUrl(text(values, SOURCE_URL));
    note(errors, SOURCE_URL, streamUrlProblem(sourceUrl));

    Double latitude = number(values, LATITUDE, -90, 90, "Latitude", errors);
    Double longitude = number(values, LONGITUDE, -180, 180, "Longitude", errors);
    if (!errors.containsKey(LATITUDE) && !errors.containsKey(LONGITUDE) && (latitude == null) != (longitude == null)) {
      note(errors, latitude == null ? LATITUDE : LONGITUDE, "Give both latitude and longitude, or neither.");
    }
    Double fps = number(values, ANALYSIS_FPS, MIN_FPS, MAX_FPS, "The analysis rate", errors);
    if (fps == null && !errors.containsKey(ANALYSIS_FPS)) {
      note(errors, ANALYSIS_FPS, "Give the analysis rate in frames per second (" + MIN_FPS + " to " + (int) MAX_FPS + ").");
    }
    if (!errors.isEmpty()) {
      return new Checked(null, values, errors);
    }
    Camera camera =
        new Camera(
            id,
            name,
            location,
            description,
            sourceUrl,
            latitude,
            longitude,
            zone,
            fps.floatValue(),
            checked(values, ENABLED),
            checked(values, PRIVACY_BLUR));
    return new Checked(camera, values, Map.of());
  }

  static String idProblem(String id) {
    if (id.isEmpty()) {
      return "Give the camera an id, e.g. lobby-east.";
    }
    if (id.length() > MAX_ID || !ID_PATTERN.matcher(id).matches()) {
      return "Use up to " + MAX_ID + " lower-case letters, digits, '-' and '_', starting with a"
          + " letter or digit (no spaces); the id cannot be changed later.";
    }
    return RESERVED_IDS.contains(id) ? "'" + id + "' is reserved; choose another id." : null;
  }

  /**
   * The stream URL of what was entered: a bare IPv4 address, with or without a port, stands for
   * the camera's RTSP stream ({@code 192.168.1.20} → {@code rtsp://192.168.1.20/}); anything else
   * is taken as entered.
   */
  public static String streamUrl(String entered) {
    Matcher address = IPV4_AND_PORT.matcher(entered);
    if (!address.matches()) {
      return entered;
    }
    for (int octet = 1; octet <= 4; octet++) {
      if (Integer.parseInt(address.group(octet)) > 255) {
        return entered;
      }
    }
    return "rtsp://" + entered + "/";
  }

  /** Null when {@code url} is a stream ingest can open. */
  static String streamUrlProblem(String url) {
    String expected =
        "Use an rtsp://, rtsps://, http://, https:// or file: URL, a camera's IP address or an absolute file path.";
    if (url.isEmpty()) {
      return "Give the stream URL. " + expected;
    }
    if (url.length() > MAX_URL) {
      return tooLong(url, MAX_URL);
    }
    if (url.startsWith("/")) {
      return url.chars().anyMatch(Character::isISOControl) ? "The file path has control characters." : null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "This is not a valid URL (" + e.getReason() + "). " + expected;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!STREAM_SCHEMES.contains(scheme)) {
      return expected;
    }
    if (scheme.equals("file")) {
      return uri.getPath() == null || !uri.getPath().startsWith("/") ? "A file: URL needs an absolute path, e.g. file:///clips/lobby.mp4." : null;
    }
    return uri.getHost() == null ? "The URL names no host, e.g. rtsp://192.168.1.20:554/stream1." : null;
  }

  private static Double number(
      Map<String, String> values, String field, double min, double max, String label, Map<String, String> errors) {
    String text = text(values, field);
    if (text.isEmpty()) {
      return null;
    }
    String range = label + " must be a number from " + format(min) + " to " + format(max) + ".";
    if (!DECIMAL.matcher(text).matches()) {
      note(errors, field, range);
      return null;
    }
    double value = Double.parseDouble(text);
    if (value < min || value > max) {
      note(errors, field, range);
      return null;
    }
    return value;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static String tooLong(String value, int max) {
    return value.length() > max ? "At most " + max + " characters (this has " + value.length() + ")." : null;
  }

  private static void note(Map<String, String> errors, String field, @Nullable String problem) {
    if (problem != null) {
      errors.putIfAbsent(field, problem);
    }
  }

  private static String text(Map<String, String> values, String field) {
    String value = values.get(field);
    return value == null ? "" : value.strip();
  }

  private static boolean checked(Map<String, String> values, String field) {
    String value = text(values, field);
    return value.equals("true") || value.equals("on");
  }
}
