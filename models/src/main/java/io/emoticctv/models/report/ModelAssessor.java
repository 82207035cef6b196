package io.emoticctv.models.report;

import ai.djl.ndarray.types.DataType;
import io.emoticctv.models.CalibrationSummary;
import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.benchmark.InferenceBenchmark;
import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.evaluation.BatchPredictions;
import io.emoticctv.models.evaluation.CalibrationError;
import io.emoticctv.models.evaluation.ClassificationMetrics;
import io.emoticctv.models.evaluation.EvaluationReport;
import io.emoticctv.models.evaluation.TemperatureScaling;
import io.emoticctv.models.evaluation.TestTimeAugmentation;
import io.emoticctv.models.robustness.CctvCondition;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures one model for the report: validation, calibration, robustness and speed. */
final class ModelAssessor {
  /** float16 is an order of magnitude slower on this CPU: one batch size, at most this, is enough to show it. */
  static final int HALF_PRECISION_MAX_BATCH = 32;
  private static final Logger LOG = LoggerFactory.getLogger(ModelAssessor.class);

  /**
   * @param validation the labelled validation images and the name to report them by
   * @param holdout the train holdout of this model's recipe (temperature fitting) and its name
   * @param batchSizes inference speed is measured at each
   */
  record Inputs(FerDataset validation, String validationName, FerDataset holdout, String holdoutName, int batch,
      int[] batchSizes, double benchmarkSeconds) {}

  private ModelAssessor() {}

  static ModelAssessment assess(ReportedModel model, Inputs in) {
    String id = model.descriptor().modelId();
    try (EmotionClassifier classifier = model.openUncalibrated()) {
      Function<List<byte[]>, float[][]> classify = classifier::classify;
      int[] labels = in.validation().labels();
      float[][] probabilities = BatchPredictions.of(classify, in.validation(), in.batch());
      EvaluationReport single = report(classifier, in.validationName(), labels, probabilities);
      LOG.info("{}: {}", id, single.summaryLine());

      float[][] holdoutProbabilities = BatchPredictions.of(classify, in.holdout(), in.batch());
      double temperature = TemperatureScaling.fit(in.holdout().labels(), holdoutProbabilities);
      float[][] calibrated = TemperatureScaling.apply(probabilities, temperature);
      List<CalibrationError.ReliabilityBin> before = CalibrationError.bins(labels, probabilities,
          CalibrationError.DEFAULT_BINS);
      List<CalibrationError.ReliabilityBin> after = CalibrationError.bins(labels, calibrated,
          CalibrationError.DEFAULT_BINS);
      CalibrationSummary calibration = new CalibrationSummary(temperature, in.holdoutName(), in.holdout().size(),
          CalibrationError.expected(before), CalibrationError.expected(after), in.validationName());
      LOG.info(String.format(Locale.ROOT, "%s: temperature %.3f, validation ECE %.4f -> %.4f", id, temperature,
          calibration.eceBefore(), calibration.eceAfter()));

      float[][] tta = BatchPredictions.of(TestTimeAugmentation.wrap(classify), in.validation(), in.batch());
      EvaluationReport withTta = report(classifier, in.validationName() + " (TTA)", labels, tta);
      LOG.info("{}: {}", id, withTta.summaryLine());

      Map<CctvCondition, Double> robustness = new EnumMap<>(CctvCondition.class);
      robustness.put(CctvCondition.CLEAN, single.accuracy());
      for (CctvCondition condition : CctvCondition.values()) {
        if (condition != CctvCondition.CLEAN) {
          FerDataset degraded = in.validation().mapImages(condition::apply);
          float[][] rows = BatchPredictions.of(classify, degraded, in.batch());
          robustness.put(condition, ClassificationMetrics.of(labels, rows).accuracy());
          LOG.info(String.format(Locale.ROOT, "%s: %s accuracy %.4f", id, condition, robustness.get(condition)));
        }
      }
      List<InferenceBenchmark.Row> speed = InferenceBenchmark.run(classifier, in.batchSizes(), in.benchmarkSeconds());
      List<InferenceBenchmark.Row> half;
      try (EmotionClassifier float16 = classifier.withPrecision(DataType.FLOAT16)) {
        half = InferenceBenchmark.run(float16, new int[] {halfPrecisionBatch(in.batchSizes())}, in.benchmarkSeconds());
      }
      return new ModelAssessment(model, classifier.parameterCount(), single, withTta, calibration,
          BatchPredictions.crossEntropy(labels, probabilities), BatchPredictions.crossEntropy(labels, calibrated),
          before, after, robustness, speed, half, bfloat16Outcome(classifier));
    }
  }

  /** The largest measured batch size up to {@value #HALF_PRECISION_MAX_BATCH} (else the smallest). */
  static int halfPrecisionBatch(int[] batchSizes) {
    return Arrays.stream(batchSizes).filter(b -> b <= HALF_PRECISION_MAX_BATCH).max()
        .orElse(Arrays.stream(batchSizes).min().orElseThrow());
  }

  /** Asks for a bfloat16 copy of the network and reports what the engine answered. */
  private static String bfloat16Outcome(EmotionClassifier classifier) {
    try (EmotionClassifier bf16 = classifier.withPrecision(DataType.BFLOAT16)) {
      return "available (precision " + bf16.precision() + ")";
    } catch (UnsupportedOperationException e) {
      return "refused: " + e.getMessage();
    }
  }

  private static EvaluationReport report(EmotionClassifier classifier, String data, int[] labels, float[][] rows) {
    return EvaluationReport.of(classifier.modelId(), classifier.weightsSha256(), data,
        ClassificationMetrics.of(labels, rows));
  }
}
