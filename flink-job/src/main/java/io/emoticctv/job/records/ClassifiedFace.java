package io.emoticctv.job.records;

/**
 * A face after inference; the crop is dropped here, so no face pixels travel further.
 *
 * @param captureTime event time, epoch ms
 * @param trackId the ingest tracker's id, or null
 * @param probabilities one per emotion, in {@link io.emoticctv.contracts.Emotion} order
 * @param model id of the model that classified the face
 */
public record ClassifiedFace(
    String cameraId, long captureTime, Long trackId, float[] probabilities, String model) {}
