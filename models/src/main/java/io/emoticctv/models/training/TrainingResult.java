package io.emoticctv.models.training;

import io.emoticctv.models.ModelDescriptor;
import java.nio.file.Path;
import java.util.List;

/**
 * What a training invocation did.
 *
 * @param startEpoch the first epoch this invocation trained (> 1 when it resumed a checkpoint)
 * @param completedEpochs epochs completed in the run directory, over all invocations
 * @param finished true when the schedule's last epoch is done
 * @param bestEpoch epoch with the best holdout accuracy
 * @param history every completed epoch, including those of earlier invocations
 * @param checkpoint the checkpoint directory to resume from
 * @param model the written model directory's descriptor; null if not finished or no outDir
 */
public record TrainingResult(
    int startEpoch,
    int completedEpochs,
    boolean finished,
    int bestEpoch,
    List<EpochStats> history,
    Path checkpoint,
    ModelDescriptor model) {

  public EpochStats best() {
    return history.get(bestEpoch - 1);
  }
}
