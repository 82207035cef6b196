package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrayFrameShrinkTest {

  @Test
  void averagesBlocksDownToTheLongerSide() {
    // 4x2 → 2x1: each output pixel is the mean of a 2x2 block.
    GrayFrame image =
        new GrayFrame(4, 2, new byte[] {10, 30, 100, 100, 30, 10, (byte) 200, (byte) 200});

    GrayFrame small = image.shrunkTo(2);

    assertThat(small.width()).isEqualTo(2);
    assertThat(small.height()).isEqualTo(1);
    assertThat(small.pixels()).containsExactly(20, (byte) 150);
  }

  @Test
  void neverEnlarges() {
    GrayFrame image = new GrayFrame(3, 2, new byte[6]);

    assertThat(image.shrunkTo(48)).isSameAs(image);
  }
}
