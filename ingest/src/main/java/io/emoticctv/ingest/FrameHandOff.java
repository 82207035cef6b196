package io.emoticctv.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The bounded hand-off between a camera's decoding thread and its analysis thread. When analysis is
 * slower than frames arrive, the oldest waiting frames are dropped, never the newest: what is
 * analysed stays close to real time, and decoding never waits (a live source that is not read falls
 * behind, or drops the connection).
 */
final class FrameHandOff<T> {
  /**
   * Two frames absorb one slow analysis (a burst of faces) without a drop, while a frame never
   * waits longer than two analyses.
   */
  static final int DEFAULT_CAPACITY = 2;

  private final int capacity;
  private final Deque<T> waiting = new ArrayDeque<>(); // guarded by this
  private boolean closed; // guarded by this

  FrameHandOff(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Queues {@code frame}, dropping the oldest waiting frames to make room.
   *
   * @return how many frames were dropped (0 or 1); once closed, the frame itself is dropped
   */
  synchronized int put(T frame) {
    if (closed) {
      return 1;
    }
    int dropped = 0;
    while (waiting.size() >= capacity) {
      waiting.removeFirst();
      dropped++;
    }
    waiting.addLast(frame);
    notifyAll();
    return dropped;
  }

  /** The oldest waiting frame; blocks until there is one. Null once closed and empty. */
  synchronized T take() throws InterruptedException {
    while (waiting.isEmpty() && !closed) {
      wait();
    }
    return waiting.pollFirst();
  }

  /** No more frames come; the consumer still gets those waiting (the end of a file). */
  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
