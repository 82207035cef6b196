package io.emoticctv.models.training;

import java.util.Random;

/**
 * Draws from Beta(a, b) as G_a / (G_a + G_b) with Gamma variates (Marsaglia–Tsang; shapes below
 * 1 via the boost Gamma(s) = Gamma(s + 1) · U^(1/s)). Only the caller's Random is used, so a
 * seeded epoch draws the same values again on resume.
 */
final class BetaSampler {
  private BetaSampler() {}

  static double sample(double a, double b, Random random) {
    double x = gamma(a, random);
    double y = gamma(b, random);
    return x + y == 0 ? 0.5 : x / (x + y);
  }

  static double gamma(double shape, Random random) {
    if (shape < 1) {
      return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = random.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
