package io.emoticctv.models.training;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.emoticctv.models.TrainingRecipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * state.json of a checkpoint: where the run stands and what it is, so a resume can refuse a run
 * directory made with another architecture or recipe instead of mixing them.
 *
 * @param completedEpochs epochs whose weights the checkpoint holds
 * @param bestEpoch the epoch with the best holdout accuracy so far (0 = none yet)
 * @param trainSeconds wall time spent training so far, over all sessions
 * @param history one entry per completed epoch
 */
record RunState(
    String architecture,
    TrainingRecipe recipe,
    String trainData,
    int completedEpochs,
    int bestEpoch,
    double trainSeconds,
    List<EpochStats> history) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  RunState {
    history = List.copyOf(history);
  }

  EpochStats best() {
    return bestEpoch == 0 ? null : history.get(bestEpoch - 1);
  }

  static RunState read(Path file) {
    try {
      return JSON.readValue(file.toFile(), RunState.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read run state " + file, e);
    }
  }

  void write(Path file) {
    try {
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run state " + file, e);
    }
  }
}
