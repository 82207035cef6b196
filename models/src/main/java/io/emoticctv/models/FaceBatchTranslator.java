package io.emoticctv.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import io.emoticctv.contracts.Emotion;
import java.util.List;

/**
 * The inference contract of every emotion network: a list of preprocessed 48x48 crops in, one
 * row of {@link Emotion#COUNT} softmax probabilities per crop out, in {@link Emotion} order; the
 * logits are divided by the model's calibration temperature first.
 *
 * <p>The whole list goes through the network as one stacked tensor, so this translator does
 * its own batching and declares no {@link Batchifier}.
 */
public final class FaceBatchTranslator implements Translator<List<byte[]>, float[][]> {
  private final float temperature;
  private final DataType networkType;

  /** Plain softmax of the logits of a float32 network. */
  public FaceBatchTranslator() {
    this(1, DataType.FLOAT32);
  }

  /** Softmax of logits / temperature (a calibrated model's probabilities) of a network computing in networkType. */
  public FaceBatchTranslator(double temperature, DataType networkType) {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
    }
    this.temperature = (float) temperature;
    this.networkType = networkType;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, List<byte[]> crops) {
    // NCHW [N, 1, 48, 48] float32, values (p/255 - 0.5)/0.5: the same mapping training uses
    NDArray input = ctx.getNDManager().create(
        InputNormalization.toTensorValues(crops), InputNormalization.shape(crops.size()));
    return new NDList(networkType == DataType.FLOAT32 ? input : input.toType(networkType, false));
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
    NDArray logits = outputs.singletonOrThrow().toType(DataType.FLOAT32, false); // [N, 7]
    float[] flat = (temperature == 1 ? logits : logits.div(temperature)).softmax(1).toFloatArray();
    int n = flat.length / Emotion.COUNT;
    float[][] rows = new float[n][Emotion.COUNT];
    for (int i = 0; i < n; i++) {
      System.arraycopy(flat, i * Emotion.COUNT, rows[i], 0, Emotion.COUNT);
    }
    return rows;
  }

  @Override
  public Batchifier getBatchifier() {
    return null;
  }
}
