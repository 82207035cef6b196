package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromOneSecondUpToThirtySeconds() {
    assertThat(IntStream.rangeClosed(1, 8).mapToLong(Backoff::delayMs).toArray())
        .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L);
  }

  @Test
  void staysCappedForever() {
    assertThat(Backoff.delayMs(10_000)).isEqualTo(30_000);
  }
}
