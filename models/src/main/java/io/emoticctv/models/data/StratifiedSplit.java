package io.emoticctv.models.data;

import io.emoticctv.contracts.Emotion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splits a training set into the part the network learns from and a holdout used only to pick
 * the best epoch; each class is split in the same proportion, so the rare classes (disgust)
 * are represented in both.
 */
public record StratifiedSplit(FerDataset train, FerDataset holdout) {

  public static StratifiedSplit of(FerDataset data, double holdoutFraction, long seed) {
    Random random = new Random(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> holdout = new ArrayList<>();
    for (int c = 0; c < Emotion.COUNT; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (data.labels()[i] == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      int held = members.size() < 2 ? 0 : Math.max(1, (int) Math.round(members.size() * holdoutFraction));
      holdout.addAll(members.subList(0, held));
      train.addAll(members.subList(held, members.size()));
    }
    Collections.sort(train);
    Collections.sort(holdout);
    if (holdout.isEmpty()) {
      throw new IllegalArgumentException("holdout is empty: too few images per class");
    }
    return new StratifiedSplit(data.subset(toArray(train)), data.subset(toArray(holdout)));
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
