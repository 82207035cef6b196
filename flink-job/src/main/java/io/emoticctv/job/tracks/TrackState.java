package io.emoticctv.job.tracks;

/**
 * The smoothed reading of one track so far (keyed state of {@code SmoothTracks}).
 *
 * @param captureTime capture time of the newest face of the track, epoch ms
 * @param probabilities the smoothed probabilities, in {@link io.emoticctv.contracts.Emotion} order
 */
public record TrackState(long captureTime, float[] probabilities) {}
