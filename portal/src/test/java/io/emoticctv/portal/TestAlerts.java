package io.emoticctv.portal;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.Severity;
import java.util.List;

/** Alert records as the job writes them when an episode opens. */
public final class TestAlerts {
  private TestAlerts() {}

  public static AlertRecord opened(String cameraId, Emotion emotion, Severity severity,
      long firstWindowStart, long openedAt, double peakShare, int windows, String rule, String model) {
    return new AlertRecord(AlertRecord.SCHEMA_VERSION, AlertRecord.alertId(rule, cameraId, firstWindowStart),
        AlertPhase.OPENED, cameraId, "", emotion, severity, firstWindowStart, openedAt, openedAt, 0,
        peakShare, peakShare, windows, List.of(cameraId), rule, 1, rule, RuleKind.SUSTAINED, model,
        "0f".repeat(32));
  }
}
