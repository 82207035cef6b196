package io.emoticctv.job.classify;

import io.emoticctv.models.EmotionClassifier;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The job's classifiers backed by the DJL emotion networks of the {@code models} module. */
public final class EmotionClassifiers {
  private static final String NUM_THREADS = "ai.djl.pytorch.num_threads";

  private EmotionClassifiers() {}

  /** The trained model in {@code modelDir} (a path that must exist where the tasks run). */
  public static FaceClassifierFactory fromModelDir(String modelDir) {
    return () -> open(() -> EmotionClassifier.open(Path.of(modelDir)));
  }

  /** A network with random weights: exercises the real inference path, not accuracy. */
  public static FaceClassifierFactory untrained(String architecture, long seed) {
    return () -> open(() -> EmotionClassifier.untrained(architecture, seed));
  }

  /** Runs on the task manager: the thread setting must be in place before DJL loads the model. */
  private static FaceClassifier open(Supplier<EmotionClassifier> load) {
    oneInferenceThreadPerSubtask();
    return new Djl(load.get());
  }

  /**
   * The job scales inference with its parallelism, one subtask per core; PyTorch's own intra-op
   * threads on top of that oversubscribe the cores, and when other work takes a core its threads
   * wait on each other. Measured on 2 cores (JobBenchmark, fast-v1): idle machine, 2 subtasks x 1
   * thread ~1,070 faces/s vs 1 subtask x 2 threads ~1,160; with two training runs beside it, the
   * model alone made 155-280 faces/s on 2 threads and ~680 on 1. Read once, when the engine
   * starts; {@code -Dai.djl.pytorch.num_threads} on the task managers overrides it.
   */
  static void oneInferenceThreadPerSubtask() {
    if (System.getProperty(NUM_THREADS) == null) {
      System.setProperty(NUM_THREADS, "1");
    }
  }

  private record Djl(EmotionClassifier classifier) implements FaceClassifier {
    @Override
    public float[][] classify(List<byte[]> crops) {
      return classifier.classify(crops);
    }

    @Override
    public String modelId() {
      return classifier.modelId();
    }

    @Override
    public String weightsSha256() {
      return classifier.weightsSha256();
    }

    @Override
    public void close() {
      classifier.close();
    }
  }
}
