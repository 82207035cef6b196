package io.emoticctv.models;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
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
  /** The network as trained: what is saved, counted and copied. */
  private final Model model;
  /** The network that classifies: the trained one with its batch norms folded, or {@link #model} itself. */
  private final Model inference;
  private final Predictor<List<byte[]>, float[][]> predictor;
  private final String modelId;
  private final String weightsSha256;
  private final double temperature;
  private final String architecture;
  private final DataType precision;
  private final ParameterStore parameters;

  private EmotionClassifier(Model model, String modelId, String weightsSha256, double temperature,
      String architecture, DataType precision, boolean foldBatchNorm) {
    this.model = model;
    this.modelId = modelId;
    this.weightsSha256 = weightsSha256;
    this.temperature = temperature;
    this.architecture = architecture;
    this.precision = precision;
    this.inference = foldBatchNorm ? folded(model, architecture) : model;
    this.predictor = inference.newPredictor(new FaceBatchTranslator(temperature, precision));
    this.parameters = new ParameterStore(inference.getNDManager(), false);
  }

  private static Model folded(Model trained, String architecture) {
    Model folded = Model.newInstance(trained.getName() + "-folded", DjlRuntime.ENGINE);
    try {
      folded.setBlock(BatchNormFolding.fold(trained.getBlock(), architecture, folded.getNDManager()));
      return folded;
    } catch (RuntimeException e) {
      folded.close();
      throw e;
    }
  }

  /**
   * Reads modelDir/model.json and its params file; fails if the file's SHA-256 does not match.
   * When model.json holds a calibration, {@link #classify} returns calibrated probabilities.
   */
  public static EmotionClassifier open(Path modelDir) {
    return open(modelDir, ModelDescriptor.read(modelDir));
  }

  /**
   * Loads the network a descriptor names, with its params file resolved against dir (e.g. a
   * training run's best checkpoint, or a model directory read with its calibration removed).
   */
  public static EmotionClassifier open(Path dir, ModelDescriptor descriptor) {
    DjlRuntime.prepare();
    Path params = dir.resolve(descriptor.paramsFile());
    String sha = Sha256.of(params);
    if (!sha.equals(descriptor.paramsSha256())) {
      throw new IllegalArgumentException("weights " + params + " have SHA-256 " + sha
          + " but the model description expects " + descriptor.paramsSha256());
    }
    Model model = Model.newInstance(descriptor.modelId(), DjlRuntime.ENGINE);
    try {
      model.setBlock(EmotionNetworks.build(descriptor.architecture()));
      ParamsFiles.load(model, params);
      return new EmotionClassifier(model, descriptor.modelId(), sha, descriptor.temperature(),
          descriptor.architecture(), DataType.FLOAT32, true);
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
      return new EmotionClassifier(model, "untrained-" + architecture, "none", 1, architecture, DataType.FLOAT32, true);
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

  /**
   * A second classifier with the same weights computing in another floating-point type
   * (float32 or float16), for speed measurements; close it separately.
   *
   * @throws UnsupportedOperationException for bfloat16, which DJL's PyTorch engine cannot express
   *     (see {@link NetworkPrecision})
   */
  public EmotionClassifier withPrecision(DataType type) {
    return copy(type, true);
  }

  /**
   * A second classifier with the same weights that runs each batch norm as a separate operation,
   * as in training (this one folds them into the convolutions): the baseline of the folding's
   * speed-up and exactness; close it separately.
   */
  public EmotionClassifier withSeparateBatchNorm() {
    return copy(precision, false);
  }

  private EmotionClassifier copy(DataType type, boolean foldBatchNorm) {
    Model copy = Model.newInstance(modelId + "-" + type, DjlRuntime.ENGINE);
    try {
      copy.setBlock(NetworkPrecision.copyAs(model.getBlock(), architecture, type, copy.getNDManager()));
      return new EmotionClassifier(copy, modelId, weightsSha256, temperature, architecture, type, foldBatchNorm);
    } catch (RuntimeException e) {
      copy.close();
      throw e;
    }
  }

  /** The floating-point type the network computes in (float32 unless {@link #withPrecision}). */
  public DataType precision() {
    return precision;
  }

  /**
   * The network's raw logits [N, 7] for a normalised NCHW float32 batch [N, 1, 48, 48] (see
   * {@link InputNormalization}), in inference mode and without calibration: what a student
   * network learns from in distillation.
   */
  public NDArray logits(NDArray batch) {
    return inference.getBlock().forward(parameters, new NDList(batch), false).singletonOrThrow();
  }

  /** Trainable parameters of the network. */
  public long parameterCount() {
    return EmotionNetworks.parameterCount(model.getBlock());
  }

  /** The softmax temperature {@link #classify} applies: the calibrated one from model.json, or 1. */
  public double temperature() {
    return temperature;
  }

  @Override
  public void close() {
    predictor.close();
    if (inference != model) {
      inference.close();
    }
    model.close();
  }
}
