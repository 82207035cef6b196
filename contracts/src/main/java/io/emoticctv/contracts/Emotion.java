package io.emoticctv.contracts;

import java.util.Locale;

/**
 * The seven facial-expression classes of the model, in the model's output order. Every array
 * indexed by emotion (window counts, probabilities) uses this order.
 */
public enum Emotion {
  ANGER("angry"),
  DISGUST("disgust"),
  FEAR("fear"),
  HAPPINESS("happy"),
  NEUTRAL("neutral"),
  SADNESS("sad"),
  SURPRISE("surprise");

  public static final int COUNT = values().length;

  private final String datasetFolder;

  Emotion(String datasetFolder) {
    this.datasetFolder = datasetFolder;
  }

  /** Folder name of this class in a FER2013-layout dataset. */
  public String datasetFolder() {
    return datasetFolder;
  }

  /** Lower-case name used in JSON, SQL columns and the portal. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Emotion fromDatasetFolder(String folder) {
    for (Emotion e : values()) {
      if (e.datasetFolder.equals(folder)) {
        return e;
      }
    }
    throw new IllegalArgumentException("not an emotion folder: " + folder);
  }

  public static Emotion fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
