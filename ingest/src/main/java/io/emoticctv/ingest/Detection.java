package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;

/**
 * A face the detector found: where, in frame pixels, how sure it is (0..1), and where its eyes are
 * when the detector gives keypoints (null otherwise, e.g. for Haar).
 */
public record Detection(Box box, float score, Eyes eyes) {

  public Detection(Box box, float score) {
    this(box, score, null);
  }
}
