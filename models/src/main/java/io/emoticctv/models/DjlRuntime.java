package io.emoticctv.models;

/**
 * Settings DJL reads once, when its engine starts; every entry point calls {@link #prepare()}
 * before touching DJL.
 */
public final class DjlRuntime {
  /** The engine every emotion network runs on. */
  public static final String ENGINE = "PyTorch";

  private DjlRuntime() {}

  /**
   * Keeps DJL offline: without it the engine probes cloud metadata and tries to download
   * natives on start. An explicit {@code -Dai.djl.offline=false} from the caller wins.
   */
  public static void prepare() {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }
}
