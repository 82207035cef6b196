package io.emoticctv.portal.issues;

/** An uploaded image that passed the checks, re-encoded: only these bytes are stored and served. */
record CheckedImage(String fileName, String contentType, int width, int height, byte[] bytes) {}
