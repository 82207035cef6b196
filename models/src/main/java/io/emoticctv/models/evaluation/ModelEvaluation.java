package io.emoticctv.models.evaluation;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.data.FerDataset;
import java.util.List;
import java.util.function.Function;

/** Scores a loaded classifier on a labelled data set. */
public final class ModelEvaluation {
  private ModelEvaluation() {}

  public static EvaluationReport evaluate(EmotionClassifier classifier, FerDataset data, String dataName, int batch) {
    return evaluate(classifier::classify, classifier, data, dataName, batch);
  }

  /** Scores predict (e.g. the classifier behind test-time augmentation), reported as classifier's model. */
  public static EvaluationReport evaluate(Function<List<byte[]>, float[][]> predict, EmotionClassifier classifier,
      FerDataset data, String dataName, int batch) {
    float[][] probabilities = BatchPredictions.of(predict, data, batch);
    return EvaluationReport.of(classifier.modelId(), classifier.weightsSha256(), dataName,
        ClassificationMetrics.of(data.labels(), probabilities));
  }
}
