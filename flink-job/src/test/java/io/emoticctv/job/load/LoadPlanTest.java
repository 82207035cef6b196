package io.emoticctv.job.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadPlanTest {
  private final LoadPlan twoHundredCameras = LoadPlan.parse("127.0.0.1:9092", "200", "5", "30", "faces");

  @Test
  void facesAreDueEvenlyOverTheRunAndStopAtItsEnd() {
    assertThat(twoHundredCameras.totalRate()).isEqualTo(1_000.0);
    assertThat(twoHundredCameras.dueAfter(0)).isZero();
    assertThat(twoHundredCameras.dueAfter(Duration.ofMillis(10).toNanos())).isEqualTo(10);
    assertThat(twoHundredCameras.dueAfter(Duration.ofSeconds(15).toNanos())).isEqualTo(15_000);
    assertThat(twoHundredCameras.dueAfter(Duration.ofSeconds(99).toNanos())).isEqualTo(30_000);
    assertThat(twoHundredCameras.total()).isEqualTo(30_000);
  }

  @Test
  void camerasHaveStableSortableIds() {
    assertThat(LoadPlan.cameraId(7)).isEqualTo("load-cam-0007");
  }

  @Test
  void badArgumentsNameWhatIsWrong() {
    assertThatThrownBy(() -> LoadPlan.parse("127.0.0.1:9092", "200"))
        .hasMessageContaining("expected 5 arguments");
    assertThatThrownBy(() -> LoadPlan.parse("127.0.0.1:9092", "0", "5", "30", "faces"))
        .hasMessageContaining("cameras must be at least 1");
    assertThatThrownBy(() -> LoadPlan.parse("127.0.0.1:9092", "10", "-1", "30", "faces"))
        .hasMessageContaining("faces per second");
    assertThatThrownBy(() -> LoadPlan.parse("127.0.0.1:9092", "ten", "5", "30", "faces"))
        .hasMessageContaining("must be numbers");
  }
}
