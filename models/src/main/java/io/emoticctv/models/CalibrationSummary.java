package io.emoticctv.models;

/**
 * How a model's probabilities were calibrated, as recorded in model.json: the classifier divides
 * the logits by {@code temperature} before the softmax, which keeps every arg-max (and so the
 * accuracy) but makes the probabilities honest.
 *
 * @param temperature fitted by minimising the negative log-likelihood on {@code fitData}
 * @param fitData the images the temperature was fitted on (the train holdout, never validation)
 * @param fitImages how many
 * @param eceBefore expected calibration error on {@code eceData} with temperature 1
 * @param eceAfter the same with the fitted temperature
 * @param eceData the images the calibration error was measured on
 */
public record CalibrationSummary(
    double temperature, String fitData, int fitImages, double eceBefore, double eceAfter, String eceData) {

  public CalibrationSummary {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("temperature must be a positive number, got " + temperature);
    }
  }
}
