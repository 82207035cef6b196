package io.emoticctv.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobConfigTest {
  private static final String[] REQUIRED = {
    "--kafka.bootstrap", "127.0.0.1:9092",
    "--jdbc.url", "jdbc:postgresql://127.0.0.1:5432/emoticctv",
    "--jdbc.user", "emoticctv",
    "--model.dir", "/models/fast-v1"
  };

  private static String[] with(String... more) {
    List<String> args = new ArrayList<>(List.of(REQUIRED));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void requiredKeysAloneGiveTheDocumentedDefaults() {
    JobConfig config = JobConfig.parse(REQUIRED);

    assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
    assertThat(config.groupId()).isEqualTo("emoticctv-emotion-job");
    assertThat(config.topics()).isEqualTo(new TopicNames(
        "faces", "faces-dlq", "emotion-windows", "alerts", "rules", "cameras", "track-emotions"));
    assertThat(config.jdbc().password()).isEmpty();
    assertThat(config.window()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.allowedLateness()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.maxFaceRecordBytes()).isEqualTo(65536);
    assertThat(config.smoothingAlpha()).isEqualTo(0.4);
    assertThat(config.trackTtl()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.batchSize()).isEqualTo(64);
    assertThat(config.batchMaxWait()).isEqualTo(Duration.ofMillis(20));
    assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.networkBufferTimeout()).isEqualTo(Duration.ofMillis(10));
  }

  @Test
  void everyKeyCanBeSet() {
    JobConfig config = JobConfig.parse(with(
        "--group.id", "g2", "--topics.faces", "f", "--topics.faces-dlq", "fd",
        "--topics.emotion-windows", "ew", "--topics.alerts", "al", "--topics.rules", "ru",
        "--topics.cameras", "ca", "--topics.track-emotions", "te", "--jdbc.password", "secret",
        "--window.seconds", "30", "--window.lateness-seconds", "0", "--faces.max-record-bytes", "9000",
        "--smoothing.alpha", "1", "--smoothing.track-ttl-seconds", "5", "--batch.size", "16", "--batch.max-wait-ms", "50",
        "--checkpoint.interval-ms", "1000", "--network.buffer-timeout-ms", "0"));

    assertThat(config.groupId()).isEqualTo("g2");
    assertThat(config.topics()).isEqualTo(new TopicNames("f", "fd", "ew", "al", "ru", "ca", "te"));
    assertThat(config.jdbc().password()).isEqualTo("secret");
    assertThat(config.jdbc().toString()).doesNotContain("secret");
    assertThat(config.window()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.allowedLateness()).isZero();
    assertThat(config.maxFaceRecordBytes()).isEqualTo(9000);
    assertThat(config.smoothingAlpha()).isEqualTo(1.0);
    assertThat(config.trackTtl()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.batchSize()).isEqualTo(16);
    assertThat(config.batchMaxWait()).isEqualTo(Duration.ofMillis(50));
    assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.networkBufferTimeout()).isZero();
    assertThat(JobConfig.keys()).hasSize(22);
  }

  @Test
  void unknownKeyIsAnErrorNamingTheKnownOnes() {
    assertThatThrownBy(() -> JobConfig.parse(with("--window.secs", "10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key --window.secs")
        .hasMessageContaining("window.seconds");
  }

  @Test
  void theRemovedAlertKeysAreUnknown() {
    // rules come only from the rules topic now
    assertThatThrownBy(() -> JobConfig.parse(with("--alert.threshold", "0.5")))
        .hasMessageContaining("unknown key --alert.threshold");
  }

  @Test
  void missingRequiredKeyIsAnError() {
    assertThatThrownBy(() -> JobConfig.parse("--kafka.bootstrap", "k:9092", "--jdbc.url", "jdbc:x", "--jdbc.user", "u"))
        .hasMessage("--model.dir is required");
  }

  @Test
  void malformedArgumentsAreErrors() {
    assertThatThrownBy(() -> JobConfig.parse(with("window.seconds", "10")))
        .hasMessageContaining("expected --key value");
    assertThatThrownBy(() -> JobConfig.parse(with("--batch.size")))
        .hasMessage("--batch.size needs a value");
    assertThatThrownBy(() -> JobConfig.parse(with("--batch.size", "8", "--batch.size", "9")))
        .hasMessage("--batch.size given twice");
  }

  @Test
  void badValuesAreErrorsNamingTheKey() {
    assertThatThrownBy(() -> JobConfig.parse(with("--batch.size", "0")))
        .hasMessage("--batch.size must be at least 1, was 0");
    assertThatThrownBy(() -> JobConfig.parse(with("--window.seconds", "ten")))
        .hasMessage("--window.seconds must be a whole number, was 'ten'");
    assertThatThrownBy(() -> JobConfig.parse(with("--smoothing.alpha", "1.5")))
        .hasMessage("--smoothing.alpha must be in (0, 1], was 1.5");
    assertThatThrownBy(() -> JobConfig.parse(with("--faces.max-record-bytes", "0")))
        .hasMessage("--faces.max-record-bytes must be at least 1, was 0");
    assertThatThrownBy(() -> JobConfig.parse(with("--group.id", " ")))
        .hasMessage("--group.id must not be empty");
  }
}
