package io.emoticctv.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (an account's email or a client address) in a sliding window and
 * locks a key that reaches its limit for a fixed period. In memory: a restart forgets the
 * counts, which only gives an attacker a few more guesses per restart.
 */
public final class LoginThrottle {
  private final int limit;
  private final Duration window;
  private final Duration lockout;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public LoginThrottle(int limit, Duration window, Duration lockout, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.lockout = lockout;
    this.clock = clock;
  }

  /** When the key is locked, the instant it unlocks. */
  public Optional<Instant> lockedUntil(String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    synchronized (entry) {
      Instant now = clock.instant();
      if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
        return Optional.of(entry.lockedUntil);
      }
      return Optional.empty();
    }
  }

  /** Records a failure; returns true when this failure locked the key. */
  public boolean failed(String key) {
    Entry entry = entries.computeIfAbsent(key, k -> new Entry());
    synchronized (entry) {
      Instant now = clock.instant();
      if (entry.lockedUntil != null && !now.isBefore(entry.lockedUntil)) {
        entry.lockedUntil = null;
        entry.failures.clear();
      }
      entry.failures.addLast(now);
      while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(now.minus(window))) {
        entry.failures.removeFirst();
      }
      if (entry.lockedUntil == null && entry.failures.size() >= limit) {
        entry.lockedUntil = now.plus(lockout);
        return true;
      }
      return false;
    }
  }

  /** A successful login forgets the key's failures. */
  public void succeeded(String key) {
    entries.remove(key);
  }

  private static final class Entry {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant lockedUntil;
  }
}
