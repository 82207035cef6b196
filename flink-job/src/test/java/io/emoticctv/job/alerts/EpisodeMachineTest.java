package io.emoticctv.job.alerts;

import static io.emoticctv.job.testing.Fixtures.MODEL;
import static io.emoticctv.job.testing.Fixtures.MODEL_SHA256;
import static io.emoticctv.job.testing.Fixtures.WINDOW;
import static io.emoticctv.job.testing.Fixtures.cameraRule;
import static io.emoticctv.job.testing.Fixtures.window;
import static io.emoticctv.job.testing.Fixtures.windowStart;
import static io.emoticctv.job.testing.Fixtures.withCooldown;
import static io.emoticctv.job.testing.Fixtures.withSchedule;
import static io.emoticctv.job.testing.Fixtures.withThreshold;
import static io.emoticctv.job.testing.Fixtures.zoneRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.RuleSchedule;
import io.emoticctv.contracts.Severity;
import io.emoticctv.job.records.RuleOffer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed episodes. Windows are 10 s; {@code window(cam, i, angry, happy)} has that many
 * angry and happy faces, so its share for an anger/fear rule is angry / (angry + happy).
 */
class EpisodeMachineTest {
  private static final String CAM = "cam-1";
  private static final String ZONE = "hall";

  private ScopeState state;
  private final List<AlertRecord> alerts = new ArrayList<>();
  private long wakeUpAt;

  /** Advances to the end of window {@code index} with these windows closing there. */
  private void step(int index, RuleOffer... offers) {
    EpisodeStep step = EpisodeMachine.advance(state, windowStart(index + 1) - 1, List.of(offers), WINDOW);
    state = step.state();
    alerts.addAll(step.alerts());
    wakeUpAt = step.wakeUpAt();
  }

  private static RuleOffer at(RuleRecord rule, int index, int angry, int happy) {
    return offer(rule, CAM, window(CAM, index, angry, happy));
  }

  private static RuleOffer offer(RuleRecord rule, String camera, EmotionWindow window) {
    String scope = rule.kind() == RuleKind.ZONE_SPREAD ? ZONE : camera;
    return new RuleOffer(rule.ruleId() + "/" + scope, scope, ZONE, rule, window, 0);
  }

  private List<AlertPhase> phases() {
    return alerts.stream().map(AlertRecord::phase).toList();
  }

  @Test
  void sustainedOpensWhenEveryWindowReachesTheThresholdExactly() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 2);
    step(0, at(rule, 0, 2, 2)); // 2 of 4 = 0.5: reaches it
    assertThat(alerts).isEmpty();
    step(1, at(rule, 1, 3, 3));

    assertThat(alerts).hasSize(1);
    AlertRecord opened = alerts.get(0);
    assertThat(opened.phase()).isEqualTo(AlertPhase.OPENED);
    assertThat(opened.alertId()).isEqualTo("r1/" + CAM + "/" + windowStart(0));
    assertThat(opened.cameraId()).isEqualTo(CAM);
    assertThat(opened.zone()).isEqualTo(ZONE);
    assertThat(opened.emotion()).isEqualTo(Emotion.ANGER);
    assertThat(opened.severity()).isEqualTo(Severity.HIGH);
    assertThat(opened.firstWindowStart()).isEqualTo(windowStart(0));
    assertThat(opened.openedAt()).isEqualTo(windowStart(2));
    assertThat(opened.updatedAt()).isEqualTo(windowStart(2));
    assertThat(opened.resolvedAt()).isZero();
    assertThat(opened.peakShare()).isEqualTo(0.5);
    assertThat(opened.lastShare()).isEqualTo(0.5);
    assertThat(opened.windows()).isEqualTo(2);
    assertThat(opened.cameras()).containsExactly(CAM);
    assertThat(opened.ruleId()).isEqualTo("r1");
    assertThat(opened.ruleVersion()).isEqualTo(1);
    assertThat(opened.rule()).isEqualTo("rule r1");
    assertThat(opened.ruleKind()).isEqualTo(RuleKind.SUSTAINED);
    assertThat(opened.model()).isEqualTo(MODEL);
    assertThat(opened.modelSha256()).isEqualTo(MODEL_SHA256);
  }

  @Test
  void justBelowTheThresholdOrTooFewFacesNeverOpens() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 2);
    step(0, at(rule, 0, 4, 5)); // 4 of 9 < 0.5
    step(1, at(rule, 1, 4, 5));
    step(2, at(rule, 2, 2, 0)); // 100 %, but 2 faces < minFaces 3
    step(3, at(rule, 3, 2, 0));

    assertThat(alerts).isEmpty();
  }

  @Test
  void aSummedShareReachesAThresholdItEqualsDespiteRounding() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.6, 1);
    int[] counts = new int[Emotion.COUNT];
    counts[Emotion.ANGER.ordinal()] = 1;
    counts[Emotion.FEAR.ordinal()] = 2;
    counts[Emotion.NEUTRAL.ordinal()] = 2; // 1/5 + 2/5 = 0.6000000000000001 or 0.6
    EmotionWindow w = new EmotionWindow(EmotionWindow.SCHEMA_VERSION, CAM, windowStart(0), windowStart(1), 5, counts,
        new float[Emotion.COUNT], 5, MODEL, MODEL_SHA256);
    step(0, offer(rule, CAM, w));

    assertThat(phases()).containsExactly(AlertPhase.OPENED);
    assertThat(alerts.get(0).emotion()).as("more fear than anger faces").isEqualTo(Emotion.FEAR);
  }

  @Test
  void anEpisodeIsUpdatedOnlyWhenItsPeakRisesAndResolvesWhenTheConditionClears() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 2);
    step(0, at(rule, 0, 3, 1));
    step(1, at(rule, 1, 3, 1)); // opened at 0.75
    step(2, at(rule, 2, 3, 1)); // holds, nothing new: no record
    step(3, at(rule, 3, 4, 0)); // peak 1.0: updated
    step(4, at(rule, 4, 1, 3)); // 0.25: resolved

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.UPDATED, AlertPhase.RESOLVED);
    assertThat(alerts).extracting(AlertRecord::alertId).containsOnly("r1/" + CAM + "/" + windowStart(0));
    AlertRecord updated = alerts.get(1);
    assertThat(updated.peakShare()).isEqualTo(1.0);
    assertThat(updated.windows()).isEqualTo(4);
    assertThat(updated.updatedAt()).isEqualTo(windowStart(4));
    AlertRecord resolved = alerts.get(2);
    assertThat(resolved.resolvedAt()).isEqualTo(windowStart(5));
    assertThat(resolved.updatedAt()).isEqualTo(windowStart(5));
    assertThat(resolved.windows()).as("the clearing window is not part of it").isEqualTo(4);
    assertThat(resolved.lastShare()).isEqualTo(0.25);
    assertThat(resolved.peakShare()).isEqualTo(1.0);
    assertThat(resolved.openedAt()).isEqualTo(windowStart(2));
  }

  @Test
  void aScheduleThatIsOffOpensNothingAndResolvesAnOpenEpisode() {
    // active Mondays 10:00-10:01 UTC; T0 is Monday 10:00, window 5 ends at 10:01:00
    RuleRecord rule = withSchedule(cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 2),
        new RuleSchedule(Set.of(DayOfWeek.MONDAY), 600, 601, "UTC", List.of()));
    for (int w = 0; w <= 5; w++) {
      step(w, at(rule, w, 4, 0));
    }
    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    assertThat(alerts.get(1).resolvedAt()).isEqualTo(windowStart(6));

    alerts.clear();
    state = null;
    RuleRecord weekends = withSchedule(rule, new RuleSchedule(
        Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 0, 0, "UTC", List.of()));
    for (int w = 0; w <= 3; w++) {
      step(w, at(weekends, w, 4, 0));
    }
    assertThat(alerts).isEmpty();
  }

  @Test
  void aDisabledRuleResolvesItsOpenEpisode() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 1);
    step(0, at(rule, 0, 4, 0));
    RuleRecord r = withThreshold(rule, 0.5);
    RuleRecord disabled = new RuleRecord(r.v(), r.ruleId(), r.version(), r.name(), r.kind(), r.cameraId(), r.zone(),
        r.emotions(), r.threshold(), r.windows(), r.minFaces(), r.minCameras(), r.spanMs(), r.severity(),
        r.cooldownMs(), r.schedule(), false, r.updatedAt());
    step(1, at(disabled, 1, 4, 0));
    step(2, at(disabled, 2, 4, 0));

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
  }

  @Test
  void afterResolvingTheScopeStaysQuietForTheCooldown() {
    RuleRecord rule = withCooldown(cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 1), 20_000);
    step(0, at(rule, 0, 4, 0)); // opened
    step(1, at(rule, 1, 0, 4)); // resolved at the end of window 1 = start of window 2: quiet until window 4 starts
    step(2, at(rule, 2, 4, 0)); // ends at windowStart(3): still quiet
    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    step(3, at(rule, 3, 4, 0)); // ends at windowStart(4): the cooldown is over

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED, AlertPhase.OPENED);
    assertThat(alerts.get(2).alertId()).isEqualTo("r1/" + CAM + "/" + windowStart(3));
  }

  @Test
  void risingOpensOnStrictlyRisingSharesThatEndAtTheThreshold() {
    RuleRecord rule = cameraRule("r1", RuleKind.RISING, CAM, 0.5, 3);
    step(0, at(rule, 0, 1, 3)); // 0.25
    step(1, at(rule, 1, 2, 2)); // 0.5
    step(2, at(rule, 2, 3, 1)); // 0.75: rose twice, ends >= 0.5

    assertThat(phases()).containsExactly(AlertPhase.OPENED);
    assertThat(alerts.get(0).firstWindowStart()).isEqualTo(windowStart(0));
    assertThat(alerts.get(0).peakShare()).isEqualTo(0.75);
    assertThat(alerts.get(0).windows()).isEqualTo(3);
    assertThat(alerts.get(0).ruleKind()).isEqualTo(RuleKind.RISING);

    step(3, at(rule, 3, 2, 2)); // falls, but stays at the threshold: still open, nothing new
    assertThat(alerts).hasSize(1);
    step(4, at(rule, 4, 1, 3)); // below: resolved
    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
  }

  @Test
  void risingNeedsEveryStepToRiseAndTheEndToReachTheThreshold() {
    RuleRecord rule = cameraRule("r1", RuleKind.RISING, CAM, 0.5, 3);
    step(0, at(rule, 0, 2, 2)); // 0.5
    step(1, at(rule, 1, 2, 2)); // 0.5: flat
    step(2, at(rule, 2, 3, 1)); // 0.75
    step(3, at(rule, 3, 0, 4)); // 0
    step(4, at(rule, 4, 1, 4)); // 0.2
    step(5, at(rule, 5, 2, 4)); // 0.33: rose twice, but ends below 0.5

    assertThat(alerts).isEmpty();
  }

  @Test
  void zoneSpreadOpensWhenThreeCamerasPassWithinTheSpanAndResolvesWhenOneDropsOut() {
    RuleRecord rule = zoneRule("z1", ZONE, 0.5, 3, 20_000); // windows ending within 20 s: this one and the last
    step(0, offer(rule, "cam-a", window("cam-a", 0, 3, 1)), offer(rule, "cam-b", window("cam-b", 0, 0, 4)));
    assertThat(alerts).isEmpty();
    step(1, offer(rule, "cam-b", window("cam-b", 1, 3, 0)), offer(rule, "cam-c", window("cam-c", 1, 4, 0)));

    assertThat(phases()).containsExactly(AlertPhase.OPENED);
    AlertRecord opened = alerts.get(0);
    assertThat(opened.alertId()).isEqualTo("z1/" + ZONE + "/" + windowStart(0));
    assertThat(opened.cameraId()).as("the camera that completed the spread").isEqualTo("cam-c");
    assertThat(opened.zone()).isEqualTo(ZONE);
    assertThat(opened.cameras()).containsExactly("cam-a", "cam-b", "cam-c");
    assertThat(opened.peakShare()).isEqualTo(1.0);
    assertThat(opened.windows()).isEqualTo(2);
    assertThat(opened.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(opened.ruleKind()).isEqualTo(RuleKind.ZONE_SPREAD);

    step(2, offer(rule, "cam-a", window("cam-a", 2, 4, 0)), offer(rule, "cam-b", window("cam-b", 2, 4, 0)),
        offer(rule, "cam-c", window("cam-c", 2, 3, 1)));
    assertThat(alerts).as("still three, same peak and cameras").hasSize(1);
    step(3, offer(rule, "cam-a", window("cam-a", 3, 4, 0)), offer(rule, "cam-b", window("cam-b", 3, 0, 4)));
    // cam-b fell below; cam-c's window 2 still counts (ends within 20 s); cam-b's does not
    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    assertThat(alerts.get(1).resolvedAt()).isEqualTo(windowStart(4));
    assertThat(alerts.get(1).windows()).isEqualTo(3);
  }

  @Test
  void zoneSpreadIgnoresCamerasThatPassedLongerAgoThanTheSpan() {
    RuleRecord rule = zoneRule("z1", ZONE, 0.5, 3, 20_000);
    step(0, offer(rule, "cam-a", window("cam-a", 0, 4, 0)));
    step(1, offer(rule, "cam-b", window("cam-b", 1, 4, 0)));
    step(2, offer(rule, "cam-c", window("cam-c", 2, 4, 0))); // cam-a's window ended 20 s before: out

    assertThat(alerts).isEmpty();
    assertThat(state.passing()).containsOnlyKeys("cam-b", "cam-c");
  }

  @Test
  void aRuleEditedMidEpisodeKeepsTheEpisodeButJudgesItByTheNewVersion() {
    RuleRecord v1 = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 1);
    RuleRecord v2 = withThreshold(v1, 0.6);
    step(0, at(v1, 0, 3, 1)); // 0.75: opened by version 1
    step(1, at(v2, 1, 3, 1)); // 0.75 >= 0.6: holds
    step(2, at(v2, 2, 2, 2)); // 0.5 would hold under version 1, not under version 2

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    assertThat(alerts).extracting(AlertRecord::ruleVersion).containsOnly(1);
    assertThat(alerts.get(1).windows()).isEqualTo(2);
  }

  @Test
  void aDeletedRuleResolvesItsEpisodeWhenItsNextWindowIsDueAndForgetsTheScope() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 1);
    step(0, at(rule, 0, 4, 0));
    assertThat(wakeUpAt).isEqualTo(windowStart(2) - 1);
    step(1); // deleted: no offer for window 1 (the same as a camera that saw nobody)

    assertThat(phases()).containsExactly(AlertPhase.OPENED, AlertPhase.RESOLVED);
    assertThat(alerts.get(1).resolvedAt()).isEqualTo(windowStart(2));
    assertThat(alerts.get(1).lastShare()).isZero();
    assertThat(state).isNull();
    assertThat(wakeUpAt).isEqualTo(EpisodeStep.NO_WAKE_UP);
  }

  @Test
  void theScopeIsForgottenOnceItsCooldownIsOver() {
    RuleRecord rule = withCooldown(cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 1), 30_000);
    step(0, at(rule, 0, 4, 0));
    step(1); // resolved at windowStart(2), quiet until windowStart(5)
    assertThat(state).isNotNull();
    assertThat(wakeUpAt).isEqualTo(windowStart(5) - 1);

    EpisodeStep end = EpisodeMachine.advance(state, wakeUpAt, List.of(), WINDOW);
    assertThat(end.state()).isNull();
    assertThat(end.alerts()).isEmpty();
    assertThat(end.wakeUpAt()).isEqualTo(EpisodeStep.NO_WAKE_UP);
  }

  @Test
  void aGapBreaksASustainedRun() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 3);
    step(0, at(rule, 0, 4, 0));
    step(1, at(rule, 1, 4, 0));
    step(2); // nobody seen in window 2
    step(3, at(rule, 3, 4, 0));
    step(4, at(rule, 4, 4, 0));
    assertThat(alerts).isEmpty();
    step(5, at(rule, 5, 4, 0));
    assertThat(alerts).extracting(AlertRecord::firstWindowStart).containsExactly(windowStart(3));
  }

  @Test
  void theDominantEmotionIsTheRulesEmotionWithTheMostFaces() {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, CAM, 0.5, 1);
    int[] counts = new int[Emotion.COUNT];
    Arrays.fill(counts, 0);
    counts[Emotion.ANGER.ordinal()] = 2;
    counts[Emotion.FEAR.ordinal()] = 2;
    assertThat(EpisodeMachine.dominant(rule, counts)).as("a tie goes to the earlier").isEqualTo(Emotion.ANGER);
    counts[Emotion.HAPPINESS.ordinal()] = 9;
    counts[Emotion.FEAR.ordinal()] = 3;
    assertThat(EpisodeMachine.dominant(rule, counts)).isEqualTo(Emotion.FEAR);
  }
}
