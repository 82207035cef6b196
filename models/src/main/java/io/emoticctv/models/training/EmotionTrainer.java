package io.emoticctv.models.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.translate.TranslateException;
import ai.djl.util.PairList;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.DjlRuntime;
import io.emoticctv.models.EmotionNetworks;
import io.emoticctv.models.EvaluationSummary;
import io.emoticctv.models.FaceBatchTranslator;
import io.emoticctv.models.InputNormalization;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.ModelDirectory;
import io.emoticctv.models.ParamsFiles;
import io.emoticctv.models.TrainingRecipe;
import io.emoticctv.models.data.FerDataset;
import io.emoticctv.models.data.StratifiedSplit;
import io.emoticctv.models.evaluation.BatchPredictions;
import io.emoticctv.models.evaluation.ClassificationMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an emotion network on a FER2013-layout folder, checkpointing every epoch so that an
 * interrupted run resumes where it stopped and ends with the same weights as an uninterrupted
 * one: shuffling, augmentation and dropout are seeded per epoch, and the optimizer's momentum
 * is part of the checkpoint.
 *
 * <p>The best epoch is chosen on a stratified holdout carved from the training folder, never on
 * the validation set. Run directory layout: {@code checkpoint/} (weights, optimizer state,
 * state.json of the newest epoch), {@code best/} (weights of the best epoch so far),
 * {@code epochs.csv}.
 */
public final class EmotionTrainer {
  static final String CHECKPOINT = "checkpoint";
  static final String BEST = "best";
  static final String EPOCHS_CSV = "epochs.csv";
  static final String WEIGHTS = "weights";
  static final String STATE = "state.json";
  private static final String OPTIMIZER = "optimizer.bin";
  private static final int EVAL_BATCH = 256;
  private static final Logger LOG = LoggerFactory.getLogger(EmotionTrainer.class);

  private final TrainingConfig config;
  private final TrainingRecipe recipe;
  private final Augmenter augmenter;

  private EmotionTrainer(TrainingConfig config) {
    this.config = config;
    this.recipe = config.recipe();
    this.augmenter = new Augmenter(recipe.augment());
  }

  /** Loads config.data() and trains (or resumes) the run in config.runDir(). */
  public static TrainingResult train(TrainingConfig config) {
    DjlRuntime.prepare();
    long start = System.nanoTime();
    FerDataset data = FerDataset.load(config.data());
    LOG.info("loaded {} images from {} in {} s, per class {}", data.size(), config.data(),
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9), counts(data));
    return new EmotionTrainer(config).run(data);
  }

  private TrainingResult run(FerDataset data) {
    StratifiedSplit split = StratifiedSplit.of(data, recipe.holdoutFraction(), recipe.seed());
    LOG.info("training on {} images, selecting on a holdout of {}", split.train().size(), split.holdout().size());
    createDirectories(config.runDir());
    try (Model model = Model.newInstance(config.modelId(), DjlRuntime.ENGINE);
        TrainingObjective objective = TrainingObjective.of(recipe, split.train().classCounts())) {
      model.setBlock(EmotionNetworks.build(config.architecture()));
      StatefulOptimizer optimizer = new StatefulOptimizer(recipe, model.getNDManager());
      RunState state = restoreOrInitialise(model, optimizer);
      int startEpoch = state.completedEpochs() + 1;
      int lastEpoch = config.stopAfterEpochs() == 0
          ? recipe.epochs()
          : Math.min(recipe.epochs(), state.completedEpochs() + config.stopAfterEpochs());
      LOG.info("{}: {} parameters, epochs {}..{} of {}", config.architecture(),
          EmotionNetworks.parameterCount(model.getBlock()), startEpoch, lastEpoch, recipe.epochs());

      PairList<String, Parameter> parameters = model.getBlock().getParameters();
      for (Parameter p : parameters.values()) {
        if (p.requiresGradient()) {
          p.getArray().setRequiresGradient(true);
        }
      }
      ParameterStore store = new ParameterStore(model.getNDManager(), false);
      for (int epoch = startEpoch; epoch <= lastEpoch; epoch++) {
        long epochStart = System.nanoTime();
        double[] train = trainEpoch(model, store, parameters, optimizer, objective, split.train(), epoch, lastEpoch);
        float[][] probabilities = predict(model, split.holdout());
        ClassificationMetrics holdout = ClassificationMetrics.of(split.holdout().labels(), probabilities);
        double seconds = (System.nanoTime() - epochStart) / 1e9;
        EpochStats stats = new EpochStats(epoch, train[0], train[1],
            BatchPredictions.crossEntropy(split.holdout().labels(), probabilities), holdout.accuracy(),
            holdout.macroF1(), train[2], seconds, split.train().size() / seconds);
        EpochStats best = state.best();
        boolean improved = best == null || stats.holdoutAccuracy() > best.holdoutAccuracy();
        List<EpochStats> history = new ArrayList<>(state.history());
        history.add(stats);
        state = new RunState(state.architecture(), recipe, state.trainData(), epoch,
            improved ? epoch : state.bestEpoch(), state.trainSeconds() + seconds, history);
        if (improved) {
          ParamsFiles.save(model, config.runDir().resolve(BEST), WEIGHTS, epoch);
        }
        writeCheckpoint(model, optimizer, state);
        LOG.info(String.format(Locale.ROOT,
            "epoch %d/%d done in %.0f s: train loss %.4f acc %.4f | holdout loss %.4f acc %.4f macro-F1 %.4f%s",
            epoch, recipe.epochs(), seconds, stats.trainLoss(), stats.trainAccuracy(), stats.holdoutLoss(),
            stats.holdoutAccuracy(), stats.holdoutMacroF1(), improved ? " (best)" : ""));
      }
      boolean finished = state.completedEpochs() == recipe.epochs();
      ModelDescriptor exported = finished && config.outDir() != null
          ? export(model, state, split.holdout().size())
          : null;
      return new TrainingResult(startEpoch, state.completedEpochs(), finished, state.bestEpoch(), state.history(),
          config.runDir().resolve(CHECKPOINT), exported);
    }
  }

  private RunState restoreOrInitialise(Model model, StatefulOptimizer optimizer) {
    Path checkpoint = config.runDir().resolve(CHECKPOINT);
    String trainData = config.data().toAbsolutePath().normalize().toString();
    // initialise even when resuming: loading weights alone leaves the block unable to save itself
    Engine.getInstance().setRandomSeed(intSeed(recipe.seed()));
    model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32,
        InputNormalization.shape(recipe.batchSize()));
    if (!Files.isRegularFile(checkpoint.resolve(STATE))) {
      return new RunState(config.architecture(), recipe, trainData, 0, 0, 0, List.of());
    }
    RunState state = RunState.read(checkpoint.resolve(STATE));
    if (!state.architecture().equals(config.architecture()) || !state.recipe().equals(recipe)
        || !state.trainData().equals(trainData)) {
      throw new IllegalArgumentException("run directory " + config.runDir() + " holds a run of "
          + state.architecture() + " on " + state.trainData() + " with " + state.recipe()
          + "; resume it with the same settings or use another --run-dir");
    }
    ParamsFiles.load(model, checkpoint.resolve(ParamsFiles.fileName(WEIGHTS, state.completedEpochs())));
    optimizer.load(checkpoint.resolve(OPTIMIZER));
    LOG.info("resuming {} after epoch {} (best so far: epoch {})", config.runDir(), state.completedEpochs(),
        state.bestEpoch());
    return state;
  }

  /** One pass over the training images; returns {mean loss, accuracy, last learning rate}. */
  private double[] trainEpoch(Model model, ParameterStore store, PairList<String, Parameter> parameters,
      StatefulOptimizer optimizer, TrainingObjective objective, FerDataset train, int epoch, int lastEpoch) {
    Random random = new Random(recipe.seed() * 0x9E3779B97F4A7C15L + epoch);
    Engine.getInstance().setRandomSeed(intSeed(recipe.seed()) + 7919 * epoch); // dropout masks
    int[] order = permutation(train.size(), random);
    int batchSize = Math.min(recipe.batchSize(), train.size());
    int batches = train.size() / batchSize;
    int logEvery = config.logEveryBatches() > 0 ? config.logEveryBatches() : Math.max(1, batches / 10);
    double lossSum = 0;
    long correct = 0;
    long seen = 0;
    float learningRate = 0;
    long start = System.nanoTime();
    float[] inputs = new float[batchSize * FacePreprocessing.PIXELS];
    float[] targets = new float[batchSize * Emotion.COUNT];
    float[] weights = new float[batchSize];
    int[] labels = new int[batchSize];
    for (int b = 0; b < batches; b++) {
      for (int i = 0; i < batchSize; i++) {
        int index = order[b * batchSize + i];
        labels[i] = train.labels()[index];
        augmenter.apply(train.images().get(index), random, inputs, i * FacePreprocessing.PIXELS);
      }
      objective.prepare(inputs, labels, random, targets, weights);
      long step = (long) (epoch - 1) * batches + b;
      learningRate = LearningRateSchedule.at(recipe, step, (long) recipe.epochs() * batches, batches);
      try (NDManager batch = model.getNDManager().newSubManager()) {
        NDArray x = batch.create(inputs, InputNormalization.shape(batchSize));
        NDArray teacherLogits = objective.teacherLogits(x);
        NDArray logits;
        NDArray loss;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          logits = model.getBlock().forward(store, new NDList(x), true).singletonOrThrow();
          loss = objective.loss(logits, teacherLogits, targets, weights, batch);
          collector.backward(loss);
        }
        optimizer.step(parameters, learningRate);
        lossSum += loss.getFloat() * batchSize;
        long[] predicted = logits.argMax(1).toLongArray();
        for (int i = 0; i < batchSize; i++) {
          correct += predicted[i] == labels[i] ? 1 : 0;
        }
        seen += batchSize;
      }
      if ((b + 1) % logEvery == 0 || b + 1 == batches) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        double perBatch = elapsed / (b + 1);
        double epochEta = perBatch * (batches - b - 1);
        double runEta = epochEta + perBatch * batches * (lastEpoch - epoch);
        LOG.info(String.format(Locale.ROOT,
            "epoch %d/%d batch %d/%d loss %.4f acc %.4f lr %.5f %.0f img/s ETA epoch %s, this session %s",
            epoch, recipe.epochs(), b + 1, batches, lossSum / seen, (double) correct / seen, learningRate,
            seen / elapsed, clock(epochEta), clock(runEta)));
      }
    }
    if (Double.isNaN(lossSum)) {
      throw new IllegalStateException("training diverged (loss NaN) in epoch " + epoch + "; lower the learning rate");
    }
    return new double[] {lossSum / seen, (double) correct / seen, learningRate};
  }

  private static float[][] predict(Model model, FerDataset data) {
    try (Predictor<List<byte[]>, float[][]> predictor = model.newPredictor(new FaceBatchTranslator())) {
      return BatchPredictions.of(crops -> {
        try {
          return predictor.predict(crops);
        } catch (TranslateException e) {
          throw new IllegalStateException("holdout prediction failed", e);
        }
      }, data, EVAL_BATCH);
    }
  }

  /**
   * Writes the new checkpoint beside the old one and swaps them, so a kill at any moment leaves
   * one complete checkpoint; best/ keeps only the weights the state names as best.
   */
  private void writeCheckpoint(Model model, StatefulOptimizer optimizer, RunState state) {
    Path runDir = config.runDir();
    Path fresh = runDir.resolve(CHECKPOINT + ".new");
    Path current = runDir.resolve(CHECKPOINT);
    Path old = runDir.resolve(CHECKPOINT + ".old");
    deleteRecursively(fresh);
    ParamsFiles.save(model, fresh, WEIGHTS, state.completedEpochs());
    optimizer.save(fresh.resolve(OPTIMIZER));
    state.write(fresh.resolve(STATE));
    try {
      deleteRecursively(old);
      if (Files.exists(current)) {
        Files.move(current, old);
      }
      Files.move(fresh, current);
      deleteRecursively(old);
      String keep = ParamsFiles.fileName(WEIGHTS, state.bestEpoch());
      try (Stream<Path> files = Files.list(runDir.resolve(BEST))) {
        for (Path f : files.filter(f -> !f.getFileName().toString().equals(keep)).toList()) {
          Files.delete(f);
        }
      }
      List<String> csv = new ArrayList<>();
      csv.add(EpochStats.CSV_HEADER);
      state.history().forEach(s -> csv.add(s.toCsv()));
      Files.write(runDir.resolve(EPOCHS_CSV), csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint in " + runDir, e);
    }
  }

  private ModelDescriptor export(Model model, RunState state, int holdoutSize) {
    ParamsFiles.load(model, config.runDir().resolve(BEST).resolve(ParamsFiles.fileName(WEIGHTS, state.bestEpoch())));
    EpochStats best = state.best();
    ModelDescriptor draft = new ModelDescriptor(config.name(), config.version(), config.architecture(), null, "",
        "", 0, null, state.trainData(), Math.round(state.trainSeconds()), state.bestEpoch(), recipe,
        new EvaluationSummary("stratified holdout of " + state.trainData(), holdoutSize, best.holdoutAccuracy(),
            best.holdoutMacroF1()),
        null, null, null);
    ModelDescriptor written = ModelDirectory.write(model, config.outDir(), draft);
    LOG.info("wrote model {} (epoch {}, holdout acc {}) to {}", written.modelId(), state.bestEpoch(),
        String.format(Locale.ROOT, "%.4f", best.holdoutAccuracy()), config.outDir());
    return written;
  }

  static int[] permutation(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static int intSeed(long seed) {
    return (int) (seed ^ (seed >>> 32));
  }

  private static String counts(FerDataset data) {
    int[] counts = data.classCounts();
    StringBuilder sb = new StringBuilder();
    for (Emotion e : Emotion.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.datasetFolder()).append(' ').append(counts[e.ordinal()]);
    }
    return sb.toString();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
