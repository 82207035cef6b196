package io.emoticctv.contracts;

/** A face drawn on a preview image: where it is and which track it belongs to (or null). */
public record PreviewFace(Long trackId, Box box) {}
