package io.emoticctv.portal.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds one field of a submitted form in its raw body, urlencoded or multipart, without binding
 * the rest: the CSRF check runs before the controller and must leave the body to it.
 */
final class SubmittedField {
  private SubmittedField() {}

  static Optional<String> find(String contentType, byte[] body, String name) {
    if (contentType == null || body == null) {
      return Optional.empty();
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return fromUrlEncoded(new String(body, StandardCharsets.ISO_8859_1), name);
    }
    if (type.startsWith("multipart/form-data")) {
      return boundary(contentType).flatMap(b -> fromMultipart(body, b, name));
    }
    return Optional.empty();
  }

  static Optional<String> fromUrlEncoded(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      try {
        if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
          return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<String> boundary(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = p.substring("boundary=".length());
        if (b.length() > 1 && b.startsWith("\"") && b.endsWith("\"")) {
          b = b.substring(1, b.length() - 1);
        }
        return b.isEmpty() ? Optional.empty() : Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The text value of the part whose Content-Disposition names {@code name}. */
  static Optional<String> fromMultipart(byte[] body, String boundary, String name) {
    // ISO-8859-1 maps bytes 1:1, so offsets in the string are offsets in the body.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    int at = text.indexOf(delimiter);
    while (at >= 0) {
      int headersStart = text.indexOf("\r\n", at) + 2;
      int headersEnd = text.indexOf("\r\n\r\n", headersStart);
      int next = text.indexOf("\r\n" + delimiter, headersStart);
      if (headersStart < 2 || headersEnd < 0 || next < 0 || headersEnd > next) {
        return Optional.empty();
      }
      String headers = text.substring(headersStart, headersEnd).toLowerCase(Locale.ROOT);
      if (headers.contains("name=\"" + name.toLowerCase(Locale.ROOT) + "\"")) {
        String value = text.substring(headersEnd + 4, next);
        return Optional.of(new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      }
      at = next + 2;
    }
    return Optional.empty();
  }
}
