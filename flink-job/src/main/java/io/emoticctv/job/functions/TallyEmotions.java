package io.emoticctv.job.functions;

import io.emoticctv.job.records.ClassifiedFace;
import io.emoticctv.job.records.EmotionTally;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Adds each face of a window to running totals, so a window keeps one tally, not its faces. */
public final class TallyEmotions implements AggregateFunction<ClassifiedFace, EmotionTally, EmotionTally> {
  @Override
  public EmotionTally createAccumulator() {
    return new EmotionTally();
  }

  @Override
  public EmotionTally add(ClassifiedFace face, EmotionTally tally) {
    tally.add(face);
    return tally;
  }

  @Override
  public EmotionTally getResult(EmotionTally tally) {
    return tally;
  }

  @Override
  public EmotionTally merge(EmotionTally a, EmotionTally b) {
    a.addAll(b);
    return a;
  }
}
