package io.emoticctv.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * JSON encoding of one topic's records. Decoding checks the schema version and the fields the
 * consumers rely on, so a bad record is rejected with a reason instead of failing later.
 */
public final class RecordCodec<T> implements Serializable {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
          .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);

  public static final RecordCodec<FaceRecord> FACES =
      new RecordCodec<>(FaceRecord.class, RecordValidation::faceProblem);
  public static final RecordCodec<CameraStatus> CAMERA_STATUS =
      new RecordCodec<>(CameraStatus.class, RecordValidation::cameraStatusProblem);
  public static final RecordCodec<EmotionWindow> EMOTION_WINDOWS =
      new RecordCodec<>(EmotionWindow.class, RecordValidation::windowProblem);
  public static final RecordCodec<AlertRecord> ALERTS =
      new RecordCodec<>(AlertRecord.class, RecordValidation::alertProblem);
  public static final RecordCodec<CameraConfigRecord> CAMERA_CONFIGS =
      new RecordCodec<>(CameraConfigRecord.class, RecordValidation::cameraConfigProblem);
  public static final RecordCodec<TrackEmotionRecord> TRACK_EMOTIONS =
      new RecordCodec<>(TrackEmotionRecord.class, RecordValidation::trackEmotionProblem);
  public static final RecordCodec<RuleRecord> RULES =
      new RecordCodec<>(RuleRecord.class, RecordValidation::ruleProblem);
  public static final RecordCodec<PreviewRecord> PREVIEWS =
      new RecordCodec<>(PreviewRecord.class, RecordValidation::previewProblem);
  public static final RecordCodec<ProbeRequest> PROBE_REQUESTS =
      new RecordCodec<>(ProbeRequest.class, RecordValidation::probeRequestProblem);
  public static final RecordCodec<ProbeResult> PROBE_RESULTS =
      new RecordCodec<>(ProbeResult.class, RecordValidation::probeResultProblem);
  public static final RecordCodec<DeadLetter> DEAD_LETTERS =
      new RecordCodec<>(DeadLetter.class, d -> d.reason() == null ? "reason missing" : null);

  private final Class<T> type;
  private final SerializableProblemFinder<T> problemFinder;

  private RecordCodec(Class<T> type, SerializableProblemFinder<T> problemFinder) {
    this.type = type;
    this.problemFinder = problemFinder;
  }

  public byte[] encode(T value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public T decode(byte[] bytes) throws MalformedRecordException {
    if (bytes == null || bytes.length == 0) {
      throw new MalformedRecordException("empty " + type.getSimpleName());
    }
    T value;
    try {
      value = JSON.readValue(bytes, type);
    } catch (IOException e) {
      throw new MalformedRecordException(
          "not a " + type.getSimpleName() + " JSON document: " + firstLine(e.getMessage()), e);
    }
    if (value == null) {
      throw new MalformedRecordException("null " + type.getSimpleName());
    }
    String problem = problemFinder.apply(value);
    if (problem != null) {
      throw new MalformedRecordException("invalid " + type.getSimpleName() + ": " + problem);
    }
    return value;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Returns a description of what is wrong with a decoded record, or null if it is valid. */
  interface SerializableProblemFinder<T> extends Function<T, String>, Serializable {}
}
