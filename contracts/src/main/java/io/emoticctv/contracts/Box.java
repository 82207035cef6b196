package io.emoticctv.contracts;

/** A face's bounding box in the pixels of the camera frame it was found in. */
public record Box(int x, int y, int width, int height) {}
