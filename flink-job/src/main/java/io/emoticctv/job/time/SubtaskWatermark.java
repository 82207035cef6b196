package io.emoticctv.job.time;

/**
 * The newest watermark any partition of one source subtask has emitted. Its partitions'
 * generators share it; all of them run on the subtask's task thread.
 */
public final class SubtaskWatermark {
  private long newest = Long.MIN_VALUE;

  public long newest() {
    return newest;
  }

  public void offer(long watermark) {
    newest = Math.max(newest, watermark);
  }
}
