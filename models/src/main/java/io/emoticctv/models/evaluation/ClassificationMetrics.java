package io.emoticctv.models.evaluation;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.models.EmotionClassifier;

/**
 * Accuracy, per-class precision/recall/F1 and macro-F1 from a confusion matrix
 * (rows = true emotion, columns = predicted). Macro-F1 weighs every emotion equally, so it
 * shows what accuracy hides: a model that never predicts the rare disgust class.
 */
public record ClassificationMetrics(int[][] confusion) {

  public ClassificationMetrics {
    if (confusion.length != Emotion.COUNT) {
      throw new IllegalArgumentException("confusion matrix must be " + Emotion.COUNT + "x" + Emotion.COUNT);
    }
  }

  /** Each prediction is the arg-max of its probability row. */
  public static ClassificationMetrics of(int[] labels, float[][] probabilities) {
    int[][] confusion = new int[Emotion.COUNT][Emotion.COUNT];
    for (int i = 0; i < labels.length; i++) {
      confusion[labels[i]][EmotionClassifier.mostProbable(probabilities[i])]++;
    }
    return new ClassificationMetrics(confusion);
  }

  public int total() {
    int total = 0;
    for (int[] row : confusion) {
      for (int n : row) {
        total += n;
      }
    }
    return total;
  }

  public double accuracy() {
    int correct = 0;
    for (int c = 0; c < Emotion.COUNT; c++) {
      correct += confusion[c][c];
    }
    return total() == 0 ? 0 : (double) correct / total();
  }

  public int support(int c) {
    int n = 0;
    for (int p = 0; p < Emotion.COUNT; p++) {
      n += confusion[c][p];
    }
    return n;
  }

  public double precision(int c) {
    int predicted = 0;
    for (int t = 0; t < Emotion.COUNT; t++) {
      predicted += confusion[t][c];
    }
    return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
  }

  public double recall(int c) {
    int support = support(c);
    return support == 0 ? 0 : (double) confusion[c][c] / support;
  }

  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Mean F1 over the emotions present in the data. */
  public double macroF1() {
    double sum = 0;
    int present = 0;
    for (int c = 0; c < Emotion.COUNT; c++) {
      if (support(c) > 0) {
        sum += f1(c);
        present++;
      }
    }
    return present == 0 ? 0 : sum / present;
  }
}
