package io.emoticctv.job.load;

import java.time.Duration;

/**
 * What {@link LoadGenerator} sends: {@code cameras} cameras, each {@code facesPerSecond} faces a
 * second, for {@code duration}, to {@code topic} on {@code bootstrap}.
 */
public record LoadPlan(String bootstrap, int cameras, double facesPerSecond, Duration duration, String topic) {

  public LoadPlan {
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException("bootstrap servers must not be empty");
    }
    if (cameras < 1) {
      throw new IllegalArgumentException("cameras must be at least 1, was " + cameras);
    }
    if (!(facesPerSecond > 0)) {
      throw new IllegalArgumentException("faces per second per camera must be positive, was " + facesPerSecond);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("topic must not be empty");
    }
  }

  /** {@code bootstrap cameras faces-per-second-per-camera duration-seconds topic}. */
  public static LoadPlan parse(String... args) {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "expected 5 arguments: bootstrap cameras faces-per-second-per-camera duration-seconds topic, got " + args.length);
    }
    try {
      return new LoadPlan(args[0], Integer.parseInt(args[1]), Double.parseDouble(args[2]),
          Duration.ofMillis(Math.round(Double.parseDouble(args[3]) * 1000)), args[4]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cameras, faces per second and duration must be numbers: " + e.getMessage());
    }
  }

  /** Faces a second over all cameras. */
  public double totalRate() {
    return cameras * facesPerSecond;
  }

  /** Id of the {@code i}-th camera. */
  public static String cameraId(int i) {
    return String.format("load-cam-%04d", i);
  }

  /** How many faces are due {@code elapsedNanos} after the start: the pacing of the whole run. */
  public long dueAfter(long elapsedNanos) {
    return (long) Math.floor(totalRate() * Math.min(elapsedNanos, duration.toNanos()) / 1e9);
  }

  /** All faces of the run. */
  public long total() {
    return dueAfter(duration.toNanos());
  }
}
