package io.emoticctv.models.evaluation;

import io.emoticctv.models.EmotionClassifier;
import io.emoticctv.models.data.FerDataset;

/** Scores a loaded classifier on a labelled data set. */
public final class ModelEvaluation {
  private ModelEvaluation() {}

  public static EvaluationReport evaluate(EmotionClassifier classifier, FerDataset data, String dataName, int batch) {
    float[][] probabilities = BatchPredictions.of(classifier::classify, data, batch);
    return EvaluationReport.of(classifier.modelId(), classifier.weightsSha256(), dataName,
        ClassificationMetrics.of(data.labels(), probabilities));
  }
}
