package io.emoticctv.portal.reports;

import java.time.Instant;

/** An alert as a report lists it. */
public record ReportAlert(Instant openedAt, String cameraId, String emotion, String severity, double peakShare, String status) {}
