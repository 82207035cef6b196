package io.emoticctv.portal.cameras;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What the audit log says about a camera's change, stream credentials masked. */
public final class CameraChanges {
  private record Field(String label, Function<Camera, Object> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("name", Camera::name),
          new Field("location", Camera::location),
          new Field("description", Camera::description),
          new Field("stream", c -> redacted(c.sourceUrl())),
          new Field("latitude", Camera::latitude),
          new Field("longitude", Camera::longitude),
          new Field("zone", Camera::zone),
          new Field("fps", Camera::analysisFps),
          new Field("enabled", Camera::enabled),
          new Field("privacy blur", Camera::privacyBlur));

  private CameraChanges() {}

  /** {@code name='Lobby', stream=rtsp://***@10.0.0.7/s1, ...}: a camera as created. */
  public static String describe(Camera camera) {
    List<String> parts = new ArrayList<>();
    for (Field field : FIELDS) {
      parts.add(field.label() + "=" + quoted(field.value().apply(camera)));
    }
    return String.join(", ", parts);
  }

  /** {@code name 'Lobby' → 'Lobby east', fps 5.0 → 2.0}, or {@code no change}. */
  public static String between(Camera before, Camera after) {
    List<String> parts = new ArrayList<>();
    for (Field field : FIELDS) {
      Object old = field.value().apply(before);
      Object now = field.value().apply(after);
      if (!Objects.equals(old, now)) {
        parts.add(field.label() + " " + quoted(old) + " → " + quoted(now));
      }
    }
    if (!before.sourceUrl().equals(after.sourceUrl())
        && redacted(before.sourceUrl()).equals(redacted(after.sourceUrl()))) {
      parts.add("stream credentials changed");
    }
    return parts.isEmpty() ? "no change" : String.join(", ", parts);
  }

  /** The URL with any user and password replaced by {@code ***}. */
  static String redacted(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getRawUserInfo() == null) {
        return url;
      }
      return url.replace(uri.getRawUserInfo() + "@", "***@");
    } catch (URISyntaxException e) {
      return url;
    }
  }

  private static String quoted(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }
}
