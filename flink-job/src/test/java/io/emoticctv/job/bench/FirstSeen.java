package io.emoticctv.job.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each result (a row, a record) first became visible, found by a thread that looks again
 * and again. Each result comes with the time its latency is measured from.
 */
final class FirstSeen implements AutoCloseable {
  /** One look: what is visible now, as result key → the time its latency counts from. */
  interface Look {
    Map<String, Long> visible() throws Exception;
  }

  /** A result, the time its latency counts from, and when it was first seen (epoch ms). */
  record Sighting(String key, long from, long seenAt) {
    long latency() {
      return seenAt - from;
    }
  }

  private final Map<String, Sighting> seen = new ConcurrentHashMap<>();
  private final Thread looker;
  private volatile boolean looking = true;
  private volatile Exception failure;

  /** Starts looking, pausing {@code pauseMillis} between looks. */
  FirstSeen(String name, Look look, long pauseMillis) {
    looker = new Thread(() -> {
      try {
        while (looking) {
          Map<String, Long> visible = look.visible();
          long now = System.currentTimeMillis();
          visible.forEach((key, from) -> seen.putIfAbsent(key, new Sighting(key, from, now)));
          Thread.sleep(pauseMillis);
        }
      } catch (Exception e) {
        failure = e;
      }
    }, name);
    looker.setDaemon(true);
    looker.start();
  }

  /** Everything seen so far whose latency counts from within {@code [from, to)}. */
  List<Sighting> between(long from, long to) {
    return seen.values().stream().filter(s -> s.from() >= from && s.from() < to).toList();
  }

  /** Stops looking; rethrows what made looking fail. */
  @Override
  public void close() throws Exception {
    looking = false;
    looker.join();
    if (failure != null) {
      throw failure;
    }
  }
}
