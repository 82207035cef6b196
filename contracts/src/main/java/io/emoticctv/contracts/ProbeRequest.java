package io.emoticctv.contracts;

/**
 * Topic {@code camera-probes}, schema v1, key = request id. The portal's "test connection": asks
 * an ingest agent to open a stream URL and read one frame. The URL may carry credentials, so it
 * is never logged.
 */
public record ProbeRequest(int v, String requestId, String sourceUrl, long requestedAt) {

  public static final int SCHEMA_VERSION = 1;
}
