package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;

/**
 * A face the detector found: where, in frame pixels, how sure it is (0..1), and, when the detector
 * gives keypoints, where its eyes are and how the head is turned (null otherwise, e.g. for Haar).
 */
public record Detection(Box box, float score, Eyes eyes, HeadPose pose) {

  public Detection(Box box, float score) {
    this(box, score, null, null);
  }
}
