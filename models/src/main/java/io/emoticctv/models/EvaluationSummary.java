package io.emoticctv.models;

/** Headline figures of a model on one labelled image set, as recorded in model.json. */
public record EvaluationSummary(String data, int images, double accuracy, double macroF1) {}
