package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FrameSamplerTest {

  private static List<Long> picked(FrameSampler sampler, int frames) {
    return LongStream.range(0, frames).filter(sampler::shouldAnalyse).boxed().toList();
  }

  @Test
  void fifteenToFiveTakesEveryThirdFrame() {
    assertThat(picked(new FrameSampler(15, 5), 15)).containsExactly(0L, 3L, 6L, 9L, 12L);
  }

  @Test
  void twelveToFiveSpreadsFivePicksOverEachSecond() {
    FrameSampler sampler = new FrameSampler(12, 5);

    assertThat(picked(sampler, 12)).containsExactly(0L, 3L, 5L, 8L, 10L);
    assertThat(picked(sampler, 1200)).hasSize(500);
  }

  @Test
  void ntscRateStillAveragesTheTarget() {
    assertThat(picked(new FrameSampler(29.97, 5), 29_970)).hasSize(5_000);
  }

  @Test
  void aTargetAtOrAboveTheSourceRateTakesEveryFrame() {
    assertThat(picked(new FrameSampler(5, 5), 10)).hasSize(10);
    assertThat(picked(new FrameSampler(12, 30), 10)).hasSize(10);
  }

  @Test
  void rejectsNonPositiveRates() {
    assertThatThrownBy(() -> new FrameSampler(0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FrameSampler(15, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
