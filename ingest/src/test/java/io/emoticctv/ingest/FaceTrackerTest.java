package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Box;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaceTrackerTest {
  private final FaceTracker tracker = new FaceTracker(0.3, 3, 100);

  @Test
  void aFaceMovingSlowlyKeepsItsId() {
    Set<Long> ids = new HashSet<>();
    for (int frame = 0; frame < 20; frame++) {
      ids.addAll(tracker.assign(List.of(new Box(50 + 3 * frame, 40 + frame, 20, 20))));
    }

    assertThat(ids).containsExactly(100L);
  }

  @Test
  void twoFacesKeepDistinctIdsEvenWhenTheyComeClose() {
    List<Long> first = tracker.assign(List.of(new Box(10, 10, 20, 20), new Box(60, 10, 20, 20)));
    List<Long> last = first;
    for (int step = 1; step <= 5; step++) {
      // They walk towards each other, 4 px per frame each; listed in the other order.
      last =
          tracker.assign(
              List.of(new Box(60 - 4 * step, 10, 20, 20), new Box(10 + 4 * step, 10, 20, 20)));
    }

    assertThat(first).containsExactly(100L, 101L);
    assertThat(last).containsExactly(101L, 100L);
  }

  @Test
  void aFaceBackAfterAShortGapKeepsItsIdButAfterALongOneGetsANewId() {
    Box face = new Box(10, 10, 20, 20);
    tracker.assign(List.of(face));
    for (int i = 0; i < 3; i++) {
      tracker.assign(List.of());
    }
    assertThat(tracker.assign(List.of(face))).containsExactly(100L);

    for (int i = 0; i < 4; i++) {
      tracker.assign(List.of());
    }
    assertThat(tracker.assign(List.of(face))).containsExactly(101L);
  }

  @Test
  void aJumpTooFarForAnyOverlapStartsANewTrack() {
    tracker.assign(List.of(new Box(10, 10, 20, 20)));

    assertThat(tracker.assign(List.of(new Box(40, 10, 20, 20)))).containsExactly(101L);
  }

  @Test
  void stateStaysBounded() {
    for (int frame = 0; frame < 50; frame++) {
      tracker.assign(List.of(new Box(frame * 100, 0, 20, 20), new Box(frame * 100, 50, 20, 20)));
    }
    // Only the tracks seen in the last 4 frames (the current one + 3 missed) are kept.
    assertThat(tracker.liveTracks()).isEqualTo(8);

    for (int i = 0; i < 4; i++) {
      tracker.assign(List.of());
    }
    assertThat(tracker.liveTracks()).isZero();
  }

  @Test
  void aCrowdIsCappedAtTheTrackLimit() {
    FaceTracker longMemory = new FaceTracker(0.3, 1_000, 1);
    for (int frame = 0; frame < 10; frame++) {
      List<Box> crowd = new java.util.ArrayList<>();
      for (int i = 0; i < 100; i++) {
        crowd.add(new Box(i * 30, frame * 30, 20, 20));
      }
      longMemory.assign(crowd);
    }

    assertThat(longMemory.liveTracks()).isEqualTo(FaceTracker.MAX_TRACKS);
  }

  @Test
  void trackIdsStartFromTheClockSoARestartDoesNotReuseThem() {
    assertThat(CameraWorker.firstTrackId(1_760_000_000_001L))
        .isGreaterThan(CameraWorker.firstTrackId(1_760_000_000_000L) + 999);
  }
}
