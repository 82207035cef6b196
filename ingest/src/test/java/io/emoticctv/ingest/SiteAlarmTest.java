package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.contracts.RuleSchedule;
import io.emoticctv.contracts.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteAlarmTest {
  /** Thursday 2025-10-09, 08:53:20 UTC: 10:53 in Berlin. */
  private static final long T0 = 1_760_000_000_000L;

  private static final long TWELVE_HOURS = 12 * 3_600_000L;

  /** Weekdays 09:00–17:00 in Berlin. */
  private static final RuleSchedule OFFICE_HOURS =
      new RuleSchedule(
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          9 * 60,
          17 * 60,
          "Europe/Berlin",
          List.of());

  static AlertRecord alert(AlertPhase phase, String camera, List<String> cameras, Emotion emotion) {
    return alert("rule-1", phase, camera, cameras, emotion);
  }

  static AlertRecord alert(
      String ruleId, AlertPhase phase, String camera, List<String> cameras, Emotion emotion) {
    return new AlertRecord(
        AlertRecord.SCHEMA_VERSION,
        AlertRecord.alertId(ruleId, camera, T0),
        phase,
        camera,
        "",
        emotion,
        Severity.HIGH,
        T0,
        T0,
        T0,
        0,
        0.8,
        0.8,
        3,
        cameras,
        ruleId,
        1,
        "Sustained anger",
        RuleKind.SUSTAINED,
        "model",
        "sha");
  }

  static RuleRecord rule(String ruleId, RuleSchedule schedule, boolean enabled) {
    return new RuleRecord(
        RuleRecord.SCHEMA_VERSION,
        ruleId,
        1,
        "Sustained anger",
        RuleKind.SUSTAINED,
        "",
        "",
        List.of(Emotion.ANGER),
        0.5,
        3,
        1,
        1,
        0,
        Severity.HIGH,
        0,
        schedule,
        enabled,
        T0);
  }

  /** What a sound card would have played: camera and emotion. */
  private final List<String> played = new ArrayList<>();

  /** The rules the agent has read, by id; rule-1 is always active. */
  private final Map<String, RuleRecord> rules =
      new HashMap<>(Map.of("rule-1", rule("rule-1", RuleSchedule.ALWAYS, true)));

  private SiteAlarm alarm(Set<String> own, Duration interval) {
    return new SiteAlarm(
        () -> own,
        id -> Optional.ofNullable(rules.get(id)),
        camera -> (c, a) -> played.add(c + ":" + a.emotion().key()),
        interval);
  }

  @Test
  void anOpenedAlertForOneOfTheAgentsCamerasIsSoundedOnce() {
    SiteAlarm alarm = alarm(Set.of("door", "hall"), Duration.ofMinutes(1));

    alarm.onAlert(alert(AlertPhase.OPENED, "door", List.of("door"), Emotion.ANGER), T0);
    alarm.onAlert(alert(AlertPhase.UPDATED, "door", List.of("door"), Emotion.ANGER), T0 + 10);
    alarm.onAlert(alert(AlertPhase.RESOLVED, "door", List.of("door"), Emotion.ANGER), T0 + 20);
    alarm.onAlert(alert(AlertPhase.OPENED, "lobby", List.of("lobby"), Emotion.FEAR), T0 + 30);

    assertThat(played).containsExactly("door:anger");
  }

  @Test
  void aZoneAlertSoundsEachOfTheAgentsCamerasInIt() {
    SiteAlarm alarm = alarm(Set.of("door", "hall"), Duration.ofMinutes(1));

    List<String> sounded =
        alarm.onAlert(
            alert(AlertPhase.OPENED, "zone-a", List.of("door", "hall", "lobby"), Emotion.FEAR), T0);

    assertThat(sounded).containsExactly("door", "hall");
    assertThat(played).containsExactly("door:fear", "hall:fear");
  }

  @Test
  void aCameraIsSoundedAtMostOncePerInterval() {
    SiteAlarm alarm = alarm(Set.of("door"), Duration.ofSeconds(60));
    AlertRecord opened = alert(AlertPhase.OPENED, "door", List.of("door"), Emotion.ANGER);

    alarm.onAlert(opened, T0);
    alarm.onAlert(opened, T0 + 59_999);
    alarm.onAlert(opened, T0 + 60_000);

    assertThat(played).hasSize(2);
  }

  @Test
  void anAlertSoundsOnlyWithinItsRulesSchedule() {
    rules.put("office", rule("office", OFFICE_HOURS, true));
    SiteAlarm alarm = alarm(Set.of("door"), Duration.ofSeconds(60));
    AlertRecord opened = alert("office", AlertPhase.OPENED, "door", List.of("door"), Emotion.FEAR);

    List<String> lateAtNight = alarm.onAlert(opened, T0 - TWELVE_HOURS); // Wednesday 22:53
    List<String> duringOfficeHours = alarm.onAlert(opened, T0);
    List<String> saturdayMorning = alarm.onAlert(opened, T0 + 2 * 24 * 3_600_000L);

    assertThat(lateAtNight).isEmpty();
    assertThat(duringOfficeHours).containsExactly("door");
    assertThat(saturdayMorning).isEmpty();
    assertThat(played).containsExactly("door:fear");
  }

  @Test
  void aSilencedAlertDoesNotUseUpTheCamerasInterval() {
    rules.put("office", rule("office", OFFICE_HOURS, true));
    SiteAlarm alarm = alarm(Set.of("door"), Duration.ofMinutes(1));
    long evening = T0 + 8 * 3_600_000L; // 18:53 in Berlin: the office rule is off

    alarm.onAlert(alert("office", AlertPhase.OPENED, "door", List.of(), Emotion.FEAR), evening);
    alarm.onAlert(alert(AlertPhase.OPENED, "door", List.of(), Emotion.ANGER), evening);

    assertThat(played).containsExactly("door:anger");
  }

  @Test
  void anAlertOfADisabledDeletedOrUnknownRuleIsNotSounded() {
    rules.put("paused", rule("paused", RuleSchedule.ALWAYS, false));
    SiteAlarm alarm = alarm(Set.of("door"), Duration.ZERO);

    alarm.onAlert(alert("paused", AlertPhase.OPENED, "door", List.of(), Emotion.FEAR), T0);
    alarm.onAlert(alert("unknown", AlertPhase.OPENED, "door", List.of(), Emotion.FEAR), T0);
    alarm.onAlert(alert(AlertPhase.OPENED, "door", List.of(), Emotion.ANGER), T0);

    assertThat(played).containsExactly("door:anger");
  }

  @Test
  void aRecordThatIsNotAnAlertIsSkipped() {
    SiteAlarm alarm = alarm(Set.of("door"), Duration.ofSeconds(60));

    alarm.onRecord("{not json".getBytes(), T0);
    alarm.onRecord(null, T0);
    alarm.onRecord(
        RecordCodec.ALERTS.encode(alert(AlertPhase.OPENED, "door", List.of(), Emotion.SADNESS)),
        T0);

    assertThat(played).containsExactly("door:sadness");
  }

  @Test
  void theSpeakersBodyNamesCameraEmotionAndRule() {
    assertThat(
            SpeakerPoster.body(
                "door", alert(AlertPhase.OPENED, "door", List.of("door"), Emotion.ANGER)))
        .isEqualTo(
            "{\"cameraId\":\"door\",\"emotion\":\"anger\",\"severity\":\"high\","
                + "\"rule\":\"Sustained anger\",\"alertId\":\"rule-1/door/"
                + T0
                + "\"}");
  }

  @Test
  void theSoundCardPlaysTheEmotionsFileOrLogsWhyNot(@TempDir Path dir) throws IOException {
    // A 0.1 s beep; a host without a sound card logs why and carries on.
    AudioFormat format = new AudioFormat(8_000, 8, 1, true, false);
    byte[] samples = new byte[800];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (byte) (Math.sin(i * 2 * Math.PI * 440 / 8_000) * 100);
    }
    Path wav = dir.resolve("anger.wav");
    AudioSystem.write(
        new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length),
        AudioFileFormat.Type.WAVE,
        wav.toFile());
    LocalSoundPlayer player = new LocalSoundPlayer(Map.of(Emotion.ANGER, wav));
    boolean soundCard = AudioSystem.isLineSupported(new Line.Info(Clip.class));

    assertThat(player.fileFor(Emotion.ANGER)).contains(wav);
    assertThat(player.fileFor(Emotion.FEAR)).isEmpty();
    assertThat(player.play("door", wav)).isEqualTo(soundCard);
    assertThat(player.play("door", dir.resolve("missing.wav"))).isFalse();
  }
}
