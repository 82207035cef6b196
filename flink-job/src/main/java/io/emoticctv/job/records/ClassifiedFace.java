package io.emoticctv.job.records;

import io.emoticctv.contracts.Box;

/**
 * A face after inference; the crop is dropped here, so no face pixels travel further.
 *
 * @param captureTime event time, epoch ms
 * @param trackId the ingest tracker's id, or null
 * @param box where the face is in the frame
 * @param probabilities one per emotion, in {@link io.emoticctv.contracts.Emotion} order
 *     (smoothed over the track once past {@code smooth-tracks})
 * @param model id of the model that classified the face
 * @param modelSha256 SHA-256 of that model's weights
 */
public record ClassifiedFace(
    String cameraId, long captureTime, Long trackId, Box box, float[] probabilities, String model, String modelSha256) {

  /** The same face with other probabilities. */
  public ClassifiedFace withProbabilities(float[] p) {
    return new ClassifiedFace(cameraId, captureTime, trackId, box, p, model, modelSha256);
  }
}
