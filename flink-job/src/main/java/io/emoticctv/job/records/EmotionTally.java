package io.emoticctv.job.records;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.models.EmotionClassifier;
import java.util.HashSet;
import java.util.Set;

/**
 * Running totals of one camera's window (the window aggregate's accumulator). Mutable on
 * purpose: it is updated once per face.
 */
public class EmotionTally {
  public int faces;
  public int[] counts = new int[Emotion.COUNT];
  public double[] probabilitySums = new double[Emotion.COUNT];
  /** Distinct track ids of the faces (faces without one are not counted as a track). */
  public Set<Long> trackIds = new HashSet<>();
  /** Model of the faces; when a model is replaced mid-window, the newer one's id and weights. */
  public String model;
  public String modelSha256;

  public void add(ClassifiedFace face) {
    float[] p = face.probabilities();
    counts[EmotionClassifier.mostProbable(p)]++;
    for (int i = 0; i < Emotion.COUNT; i++) {
      probabilitySums[i] += p[i];
    }
    faces++;
    if (face.trackId() != null) {
      trackIds.add(face.trackId());
    }
    model = face.model();
    modelSha256 = face.modelSha256();
  }

  public void addAll(EmotionTally other) {
    for (int i = 0; i < Emotion.COUNT; i++) {
      counts[i] += other.counts[i];
      probabilitySums[i] += other.probabilitySums[i];
    }
    faces += other.faces;
    trackIds.addAll(other.trackIds);
    if (other.model != null) {
      model = other.model;
      modelSha256 = other.modelSha256;
    }
  }

  public EmotionWindow toWindow(String cameraId, long windowStart, long windowEnd) {
    float[] means = new float[Emotion.COUNT];
    for (int i = 0; i < Emotion.COUNT; i++) {
      means[i] = faces == 0 ? 0 : (float) (probabilitySums[i] / faces);
    }
    return new EmotionWindow(
        EmotionWindow.SCHEMA_VERSION,
        cameraId,
        windowStart,
        windowEnd,
        faces,
        counts.clone(),
        means,
        trackIds.size(),
        model,
        modelSha256);
  }
}
