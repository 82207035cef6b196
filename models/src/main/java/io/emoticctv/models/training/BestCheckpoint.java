package io.emoticctv.models.training;

import io.emoticctv.models.EvaluationSummary;
import io.emoticctv.models.InputNormalization;
import io.emoticctv.models.ModelDescriptor;
import io.emoticctv.models.ParamsFiles;
import io.emoticctv.models.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The best epoch so far of a training run directory, described like a model directory so an
 * unfinished run can be evaluated and compared: its params file is {@code best/weights-NNNN.params}
 * relative to the run directory.
 */
public final class BestCheckpoint {
  private BestCheckpoint() {}

  public static boolean isRunDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve(EmotionTrainer.CHECKPOINT).resolve(EmotionTrainer.STATE));
  }

  /** Model id: the run directory's name and the epoch, e.g. "strong-v1-epoch24". */
  public static ModelDescriptor describe(Path runDir) {
    if (!isRunDirectory(runDir)) {
      throw new IllegalArgumentException("not a training run directory, no "
          + EmotionTrainer.CHECKPOINT + "/" + EmotionTrainer.STATE + " in " + runDir);
    }
    RunState state = RunState.read(runDir.resolve(EmotionTrainer.CHECKPOINT).resolve(EmotionTrainer.STATE));
    if (state.bestEpoch() == 0) {
      throw new IllegalArgumentException("run " + runDir + " has no completed epoch yet");
    }
    String params = EmotionTrainer.BEST + "/" + ParamsFiles.fileName(EmotionTrainer.WEIGHTS, state.bestEpoch());
    EpochStats best = state.best();
    return new ModelDescriptor(runDir.toAbsolutePath().normalize().getFileName().toString(),
        "epoch" + state.bestEpoch(), state.architecture(), InputNormalization.DESCRIPTION, params,
        Sha256.of(runDir.resolve(params)), 0, null, state.trainData(), state.trainSeconds(), state.bestEpoch(),
        state.recipe(), new EvaluationSummary("stratified holdout of " + state.trainData(), 0,
            best.holdoutAccuracy(), best.holdoutMacroF1()),
        null, null, null);
  }
}
