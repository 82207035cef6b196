package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private static final long T0 = 1_760_000_000_000L;

  static AlertRecord alert(AlertPhase phase, String camera, List<String> cameras, Emotion emotion) {
    return new AlertRecord(
        AlertRecord.SCHEMA_VERSION,
        AlertRecord.alertId("rule-1", camera, T0),
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
        "rule-1",
        1,
        "Sustained anger",
        RuleKind.SUSTAINED,
        "model",
        "sha");
  }

  /** What a sound card would have played: camera and emotion. */
  private final List<String> played = new ArrayList<>();

  private SiteAlarm alarm(Set<String> own, Duration interval) {
    return new SiteAlarm(
        () -> own, camera -> (c, a) -> played.add(c + ":" + a.emotion().key()), interval);
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
