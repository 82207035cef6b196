package io.emoticctv.ingest;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One camera's counters and state. The camera thread counts; the status timer reads. Rates in a
 * status are over the time since the previous status.
 */
final class CameraMeter {
  private final String cameraId;
  private final AtomicLong framesIn = new AtomicLong();
  private final AtomicLong framesAnalysed = new AtomicLong();
  private final AtomicLong faces = new AtomicLong();
  private final Map<RejectReason, AtomicLong> rejected = new EnumMap<>(RejectReason.class);
  private final AtomicLong framesDropped = new AtomicLong();
  private final AtomicLong framesSkipped = new AtomicLong();
  private volatile CameraState state = CameraState.CONNECTING;
  private volatile String lastError;
  private volatile long lastFrameTime;

  // The previous status's counts, guarded by this.
  private long windowStart;
  private long framesInAtStart;
  private long framesAnalysedAtStart;
  private long facesAtStart;

  CameraMeter(String cameraId, long now) {
    this.cameraId = cameraId;
    this.windowStart = now;
    for (RejectReason reason : RejectReason.values()) {
      rejected.put(reason, new AtomicLong());
    }
  }

  void frameIn(long captureTime) {
    framesIn.incrementAndGet();
    lastFrameTime = captureTime;
  }

  void frameAnalysed(int facesPublished, List<RejectReason> facesRejected) {
    framesAnalysed.incrementAndGet();
    faces.addAndGet(facesPublished);
    facesRejected.forEach(reason -> rejected.get(reason).incrementAndGet());
  }

  /** Counts sampled frames discarded unanalysed because analysis fell behind real time. */
  void framesDropped(int count) {
    framesDropped.addAndGet(count);
  }

  /** Counts a frame that could not be read or converted; the stream goes on. */
  void frameSkipped(String reason) {
    lastError =
        "skipped unreadable frame (" + framesSkipped.incrementAndGet() + " so far): " + reason;
  }

  long framesSkipped() {
    return framesSkipped.get();
  }

  CameraState state() {
    return state;
  }

  /**
   * Sets the state; a null error keeps the last one, so a recovered camera still shows why it
   * failed.
   */
  void state(CameraState newState, String error) {
    state = newState;
    if (error != null) {
      lastError = error;
    }
  }

  /**
   * Takes a status and hands it to {@code sink} under the meter's lock, so two threads reporting
   * the same camera cannot deliver its statuses out of order.
   */
  synchronized CameraStatus report(long now, Consumer<CameraStatus> sink) {
    long in = framesIn.get();
    long analysed = framesAnalysed.get();
    long published = faces.get();
    long elapsed = now - windowStart;
    Map<String, Long> byReason = new LinkedHashMap<>();
    rejected.forEach((reason, count) -> byReason.put(reason.key(), count.get()));
    long rejectedTotal = byReason.values().stream().mapToLong(Long::longValue).sum();
    CameraStatus status =
        new CameraStatus(
            CameraStatus.SCHEMA_VERSION,
            cameraId,
            now,
            state,
            perSecond(in - framesInAtStart, elapsed),
            perSecond(analysed - framesAnalysedAtStart, elapsed),
            perSecond(published - facesAtStart, elapsed),
            framesDropped.get(),
            rejectedTotal,
            Collections.unmodifiableMap(byReason),
            lastFrameTime,
            lastError);
    windowStart = now;
    framesInAtStart = in;
    framesAnalysedAtStart = analysed;
    facesAtStart = published;
    sink.accept(status);
    return status;
  }

  static double perSecond(long count, long elapsedMs) {
    return elapsedMs <= 0 ? 0 : count * 1000.0 / elapsedMs;
  }
}
