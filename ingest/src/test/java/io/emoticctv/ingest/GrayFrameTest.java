package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.Box;
import org.junit.jupiter.api.Test;

class GrayFrameTest {

  /** 4x3 frame whose pixel value is 10 * row + column. */
  private static final GrayFrame FRAME =
      new GrayFrame(4, 3, new byte[] {0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23});

  @Test
  void cropCopiesThePixelsInsideTheBox() {
    GrayFrame crop = FRAME.crop(new Box(1, 1, 2, 2));

    assertThat(crop.width()).isEqualTo(2);
    assertThat(crop.height()).isEqualTo(2);
    assertThat(crop.pixels()).containsExactly(11, 12, 21, 22);
  }

  @Test
  void rejectsABoxReachingOutOfTheFrame() {
    assertThatThrownBy(() -> FRAME.crop(new Box(3, 0, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FRAME.crop(new Box(-1, 0, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsPixelsThatDoNotMatchTheSize() {
    assertThatThrownBy(() -> new GrayFrame(4, 4, new byte[12]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 16 bytes, got 12");
  }
}
