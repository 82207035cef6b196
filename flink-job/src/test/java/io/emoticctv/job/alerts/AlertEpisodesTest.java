package io.emoticctv.job.alerts;

import static io.emoticctv.job.testing.Fixtures.RULE;
import static io.emoticctv.job.testing.Fixtures.WINDOW;
import static io.emoticctv.job.testing.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEpisodesTest {
  private static final String CAM = "cam-1";
  private static final AlertRecord RUN_0_TO_2 = AlertDecisions.alertFor(
      List.of(window(CAM, 0, 3, 0), window(CAM, 1, 3, 0), window(CAM, 2, 3, 0)), RULE);
  private static final long T2 = window(CAM, 2, 3, 0).windowEnd() - 1;
  private static final Episode OPEN = new Episode(RUN_0_TO_2.alertId(), T2);

  @Test
  void aMatchWithNoEpisodeOpenOpensOneAndRaisesItsAlert() {
    EpisodeStep step = AlertEpisodes.advance(null, T2, true, RUN_0_TO_2, WINDOW);

    assertThat(step.transition()).isEqualTo(EpisodeTransition.OPENED);
    assertThat(step.alert()).isEqualTo(RUN_0_TO_2);
    assertThat(step.episode()).isEqualTo(OPEN);
  }

  @Test
  void aMatchWhileTheEpisodeIsOpenIsSuppressed() {
    AlertRecord laterMatch = AlertDecisions.alertFor(
        List.of(window(CAM, 3, 3, 0), window(CAM, 4, 3, 0), window(CAM, 5, 3, 0)), RULE);
    long t5 = T2 + 3 * WINDOW;

    EpisodeStep step = AlertEpisodes.advance(OPEN, t5, true, laterMatch, WINDOW);

    assertThat(step.transition()).isEqualTo(EpisodeTransition.UPDATED);
    assertThat(step.alert()).isNull();
    assertThat(step.episode()).isEqualTo(new Episode(RUN_0_TO_2.alertId(), t5));
  }

  @Test
  void anAbnormalWindowKeepsTheEpisodeOpen() {
    EpisodeStep step = AlertEpisodes.advance(OPEN, T2 + WINDOW, true, null, WINDOW);

    assertThat(step.transition()).isEqualTo(EpisodeTransition.UPDATED);
    assertThat(step.episode()).isEqualTo(new Episode(OPEN.alertId(), T2 + WINDOW));
  }

  @Test
  void aWindowBelowTheRuleResolvesTheEpisode() {
    EpisodeStep step = AlertEpisodes.advance(OPEN, T2 + WINDOW, false, null, WINDOW);

    assertThat(step.transition()).isEqualTo(EpisodeTransition.RESOLVED);
    assertThat(step.episode()).isNull();
    assertThat(step.alert()).isNull();
  }

  @Test
  void aWholeWindowWithoutFacesResolvesTheEpisode() {
    assertThat(AlertEpisodes.advance(OPEN, T2 + WINDOW, null, null, WINDOW).transition())
        .isEqualTo(EpisodeTransition.RESOLVED);
    // an earlier wake-up (a timer of another purpose) is not a missing window
    assertThat(AlertEpisodes.advance(OPEN, T2 + WINDOW - 1, null, null, WINDOW).episode()).isEqualTo(OPEN);
  }

  @Test
  void withNoEpisodeOpenWindowsChangeNothing() {
    assertThat(AlertEpisodes.advance(null, T2, false, null, WINDOW))
        .isEqualTo(new EpisodeStep(null, EpisodeTransition.NONE, null));
    assertThat(AlertEpisodes.advance(null, T2, true, null, WINDOW))
        .isEqualTo(new EpisodeStep(null, EpisodeTransition.NONE, null));
  }
}
