package io.emoticctv.models.training;

import java.util.Locale;

/** One row of epochs.csv: how an epoch went on the training batches and on the holdout. */
public record EpochStats(
    int epoch,
    double trainLoss,
    double trainAccuracy,
    double holdoutLoss,
    double holdoutAccuracy,
    double holdoutMacroF1,
    double learningRate,
    double seconds,
    double imagesPerSecond) {

  static final String CSV_HEADER =
      "epoch,train_loss,train_acc,holdout_loss,holdout_acc,holdout_macro_f1,lr_end,seconds,images_per_s";

  String toCsv() {
    return String.format(Locale.ROOT, "%d,%.5f,%.5f,%.5f,%.5f,%.5f,%.6g,%.1f,%.1f", epoch, trainLoss,
        trainAccuracy, holdoutLoss, holdoutAccuracy, holdoutMacroF1, learningRate, seconds, imagesPerSecond);
  }
}
