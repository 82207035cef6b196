package io.emoticctv.models;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.translate.TranslateException;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FacePreprocessing;
import java.nio.file.Path;
import java.util.List;

/**
 * One loaded emotion network; not thread-safe: one instance per Flink subtask.
 *
 * <p>Crops are the output of {@link FacePreprocessing#toModelInput}; each call to
 * {@link #classify} is a single batched forward pass.
 */
public final class EmotionClassifier implements AutoCloseable {
  private final Model model;
  private final Predictor<List<byte[]>, float[][]> predictor;
  private final String modelId;
  private final String weightsSha256;

  private EmotionClassifier(Model model, String modelId, String weightsSha256) {
    this.model = model;
    this.predictor = model.newPredictor(new FaceBatchTranslator());
    this.modelId = modelId;
    this.weightsSha256 = weightsSha256;
  }

  /** Reads modelDir/model.json and its params file; fails if the file's SHA-256 does not match. */
  public static EmotionClassifier open(Path modelDir) {
    DjlRuntime.prepare();
    ModelDescriptor descriptor = ModelDescriptor.read(modelDir);
    Path params = modelDir.resolve(descriptor.paramsFile());
    String sha = Sha256.of(params);
    if (!sha.equals(descriptor.paramsSha256())) {
      throw new IllegalArgumentException("weights " + params + " have SHA-256 " + sha
          + " but model.json expects " + descriptor.paramsSha256());
    }
    Model model = Model.newInstance(descriptor.modelId(), DjlRuntime.ENGINE);
    try {
      model.setBlock(EmotionNetworks.build(descriptor.architecture()));
      ParamsFiles.load(model, params);
      return new EmotionClassifier(model, descriptor.modelId(), sha);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** A network with random weights, for tests that need a real network, not accuracy. */
  public static EmotionClassifier untrained(String architecture, long seed) {
    DjlRuntime.prepare();
    Model model = Model.newInstance("untrained-" + architecture, DjlRuntime.ENGINE);
    try {
      model.setBlock(EmotionNetworks.build(architecture));
      Engine.getInstance().setRandomSeed((int) seed);
      model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, InputNormalization.shape(1));
      return new EmotionClassifier(model, "untrained-" + architecture, "none");
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** Index of the most probable emotion in one row of {@link #classify}; ties go to the earlier emotion. */
  public static int mostProbable(float[] probabilities) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Returns, per crop, {@link Emotion#COUNT} softmax probabilities in {@link Emotion} order.
   *
   * @throws IllegalArgumentException if a crop is not {@link FacePreprocessing#PIXELS} bytes
   */
  public float[][] classify(List<byte[]> crops) {
    if (crops.isEmpty()) {
      return new float[0][];
    }
    try {
      return predictor.predict(crops);
    } catch (TranslateException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw bad;
      }
      throw new IllegalStateException("inference failed in model " + modelId, e);
    }
  }

  /** The loaded DJL model, for saving it as a model directory. */
  Model model() {
    return model;
  }

  public String modelId() {
    return modelId;
  }

  /** SHA-256 of the params file; "none" for an untrained network. */
  public String weightsSha256() {
    return weightsSha256;
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }
}
