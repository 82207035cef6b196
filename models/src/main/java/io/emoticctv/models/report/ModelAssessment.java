package io.emoticctv.models.report;

import io.emoticctv.models.CalibrationSummary;
import io.emoticctv.models.benchmark.InferenceBenchmark;
import io.emoticctv.models.evaluation.CalibrationError.ReliabilityBin;
import io.emoticctv.models.evaluation.EvaluationReport;
import io.emoticctv.models.robustness.CctvCondition;
import java.util.List;
import java.util.Map;

/**
 * Everything the report measured for one model.
 *
 * @param validation single view, on the validation folder
 * @param validationTta the same with test-time augmentation
 * @param calibration the temperature fitted on the train holdout and the validation ECE before/after
 * @param nllBefore mean validation negative log-likelihood at temperature 1
 * @param nllAfter the same at the fitted temperature
 * @param binsBefore validation reliability bins at temperature 1
 * @param binsAfter validation reliability bins at the fitted temperature
 * @param robustness validation accuracy per condition, in {@link CctvCondition} order
 * @param speed float32 inference speed per batch size
 * @param speedFloat16 the same network in float16, at the batch sizes measured for it
 * @param bfloat16Outcome what happened when the network was asked for bfloat16
 */
public record ModelAssessment(
    ReportedModel model,
    long parameterCount,
    EvaluationReport validation,
    EvaluationReport validationTta,
    CalibrationSummary calibration,
    double nllBefore,
    double nllAfter,
    List<ReliabilityBin> binsBefore,
    List<ReliabilityBin> binsAfter,
    Map<CctvCondition, Double> robustness,
    List<InferenceBenchmark.Row> speed,
    List<InferenceBenchmark.Row> speedFloat16,
    String bfloat16Outcome) {

  public String modelId() {
    return model.descriptor().modelId();
  }
}
