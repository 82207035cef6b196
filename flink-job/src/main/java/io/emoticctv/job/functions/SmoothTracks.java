package io.emoticctv.job.functions;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.job.metrics.JobMetrics;
import io.emoticctv.job.records.ClassifiedFace;
import io.emoticctv.job.tracks.TrackSmoothing;
import io.emoticctv.job.tracks.TrackState;
import io.emoticctv.models.EmotionClassifier;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Smooths each tracked face's probabilities over its track ({@link TrackSmoothing}), keyed by
 * {@link #key}, and publishes the track's current reading to the {@link #TRACK_EMOTIONS} side
 * output. Faces without a track id pass through unsmoothed and keep no state.
 *
 * <p>A track's state lives for {@code trackTtl} of processing time after its last face (state
 * TTL): tracks end without notice when people leave, and the job must not keep them all.
 */
public final class SmoothTracks extends KeyedProcessFunction<String, ClassifiedFace, ClassifiedFace> {
  public static final OutputTag<TrackEmotionRecord> TRACK_EMOTIONS =
      new OutputTag<>("track-emotions", TypeInformation.of(TrackEmotionRecord.class));

  private final double alpha;
  private final Duration trackTtl;

  private transient ValueState<TrackState> track;
  private transient Histogram endToEndLatency;

  public SmoothTracks(double alpha, Duration trackTtl) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
    }
    this.alpha = alpha;
    this.trackTtl = trackTtl;
  }

  /** The key faces are smoothed under: camera and track. */
  public static String key(ClassifiedFace face) {
    return face.cameraId() + "/" + (face.trackId() == null ? "untracked" : face.trackId());
  }

  @Override
  public void open(OpenContext openContext) {
    ValueStateDescriptor<TrackState> descriptor =
        new ValueStateDescriptor<>("track", TypeInformation.of(TrackState.class));
    descriptor.enableTimeToLive(StateTtlConfig.newBuilder(trackTtl)
        .updateTtlOnCreateAndWrite()
        .neverReturnExpired()
        .cleanupIncrementally(10, false)
        .build());
    track = getRuntimeContext().getState(descriptor);
    endToEndLatency = JobMetrics.histogram(getRuntimeContext().getMetricGroup(), "endToEndLatencyMs");
  }

  @Override
  public void processElement(ClassifiedFace face, Context ctx, Collector<ClassifiedFace> out) throws Exception {
    endToEndLatency.update(System.currentTimeMillis() - face.captureTime());
    if (face.trackId() == null) {
      out.collect(face);
      return;
    }
    TrackState next = TrackSmoothing.next(
        track.value(), face.captureTime(), face.probabilities(), alpha, trackTtl.toMillis());
    track.update(next);
    float[] p = next.probabilities();
    int best = EmotionClassifier.mostProbable(p);
    ctx.output(TRACK_EMOTIONS, new TrackEmotionRecord(
        TrackEmotionRecord.SCHEMA_VERSION, face.cameraId(), face.trackId(), face.captureTime(), face.box(),
        p, Emotion.values()[best], p[best]));
    out.collect(face.withProbabilities(p));
  }
}
