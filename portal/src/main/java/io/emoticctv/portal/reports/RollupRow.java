package io.emoticctv.portal.reports;

import java.time.Instant;

/** One camera's bucket of a rollup: its faces and their counts per emotion, in Emotion order. */
public record RollupRow(String cameraId, Instant bucket, long faces, long[] counts) {}
