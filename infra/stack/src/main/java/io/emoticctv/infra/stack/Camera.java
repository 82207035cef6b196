package io.emoticctv.infra.stack;

/**
 * A camera as the local stack registers it and hands it to the ingest agent.
 *
 * @param minFacePx smallest face the agent looks for, in frame pixels; larger is cheaper
 */
public record Camera(
    String id, String name, String location, String url, double fps, boolean loop, int minFacePx) {}
