package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ArrivalSamplerTest {
  private static final long MS = 1_000_000;

  private static long picks(ArrivalSampler sampler, long intervalMs, int frames) {
    return LongStream.range(0, frames)
        .filter(i -> sampler.shouldAnalyse(i * intervalMs * MS))
        .count();
  }

  @Test
  void picksTheTargetRateWhateverTheStreamDelivers() {
    // 10 s of a 12 fps stream and of a 30 fps stream, both analysed at 5 fps.
    assertThat(picks(new ArrivalSampler(5), 83, 120)).isBetween(49L, 51L);
    assertThat(picks(new ArrivalSampler(5), 33, 300)).isBetween(49L, 51L);
  }

  @Test
  void aStreamSlowerThanTheTargetHasEveryFrameAnalysed() {
    assertThat(picks(new ArrivalSampler(5), 500, 20)).isEqualTo(20);
  }

  @Test
  void aGapRestartsTheScheduleInsteadOfABurst() {
    ArrivalSampler sampler = new ArrivalSampler(5);
    assertThat(sampler.shouldAnalyse(0)).isTrue();
    assertThat(sampler.shouldAnalyse(3_000 * MS)).isTrue(); // after a 3 s stall
    assertThat(sampler.shouldAnalyse(3_050 * MS)).isFalse();
    assertThat(sampler.shouldAnalyse(3_100 * MS)).isFalse();
    assertThat(sampler.shouldAnalyse(3_200 * MS)).isTrue();
  }
}
