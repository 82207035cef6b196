package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameHandOffTest {

  @Test
  void dropsTheOldestWhenFullAndHandsOutTheRestInOrder() throws InterruptedException {
    FrameHandOff<Integer> handOff = new FrameHandOff<>(2);

    assertThat(handOff.put(1)).isZero();
    assertThat(handOff.put(2)).isZero();
    assertThat(handOff.put(3)).isEqualTo(1); // 1 goes
    assertThat(handOff.put(4)).isEqualTo(1); // 2 goes

    assertThat(handOff.take()).isEqualTo(3);
    assertThat(handOff.take()).isEqualTo(4);
  }

  @Test
  void takeWaitsForAFrameAndEndsOnceClosedAndDrained() throws Exception {
    FrameHandOff<Integer> handOff = new FrameHandOff<>(2);
    CompletableFuture<Integer> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return handOff.take();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(100);
    assertThat(waiting).isNotDone();

    handOff.put(7);
    assertThat(waiting.get(2, TimeUnit.SECONDS)).isEqualTo(7);

    handOff.put(8);
    handOff.close();
    assertThat(handOff.take()).isEqualTo(8); // the end of a file is still analysed
    assertThat(handOff.take()).isNull();
    assertThat(handOff.put(9)).isEqualTo(1);
  }
}
