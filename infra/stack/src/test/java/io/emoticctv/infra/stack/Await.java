package io.emoticctv.infra.stack;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls until a condition holds, failing with what was awaited after the timeout. */
final class Await {
  private Await() {}

  static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
    until(what, () -> "", timeout, condition);
  }

  /** {@code state} is read at the timeout and added to the failure, to show what there was. */
  static void until(String what, Callable<String> state, Duration timeout, Callable<Boolean> condition)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + " s waiting for " + what + " " + state.call());
      }
      Thread.sleep(250);
    }
  }
}
