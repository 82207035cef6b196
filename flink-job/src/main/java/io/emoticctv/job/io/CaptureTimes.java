package io.emoticctv.job.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads a face record's {@code captureTime} straight from its JSON bytes, without decoding the
 * rest. The Kafka source uses it as event time, so watermarks are generated per partition (per
 * split) and one partition's backlog cannot make another's faces late.
 */
public final class CaptureTimes {
  private static final JsonFactory JSON = new JsonFactory();

  private CaptureTimes() {}

  /** The top-level {@code captureTime}, or {@code fallback} when the bytes have no usable one. */
  public static long of(byte[] json, long fallback) {
    if (json == null) {
      return fallback;
    }
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return fallback;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("captureTime")) {
          return value == JsonToken.VALUE_NUMBER_INT && parser.getLongValue() > 0 ? parser.getLongValue() : fallback;
        }
        parser.skipChildren();
      }
      return fallback;
    } catch (IOException e) {
      return fallback; // not JSON: the parse step sends it to the dead-letter topic
    }
  }
}
