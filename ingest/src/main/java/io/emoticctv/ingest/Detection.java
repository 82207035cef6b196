package io.emoticctv.ingest;

import io.emoticctv.contracts.Box;

/** A face the detector found: where, in frame pixels, and how sure it is (0..1). */
public record Detection(Box box, float score) {}
