package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.cameraRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.job.records.KafkaRecordBytes;
import io.emoticctv.job.records.SettingsUpdate;
import io.emoticctv.job.records.SettingsUpdate.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ParseSettingsTest {
  private static KafkaRecordBytes record(String topic, long offset, String key, byte[] value) {
    return new KafkaRecordBytes(topic, 0, offset, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
  }

  @Test
  void rulesCamerasAndTombstonesBecomeUpdatesAndBadRecordsDeadLetters() throws Exception {
    RuleRecord rule = cameraRule("r1", RuleKind.SUSTAINED, "cam-1", 0.5, 2);
    CameraConfigRecord camera = new CameraConfigRecord(CameraConfigRecord.SCHEMA_VERSION, "cam-1", "Gate", "", "",
        "rtsp://example.invalid/1", null, null, "hall", 2.0, true, false, 0);
    try (OneInputStreamOperatorTestHarness<KafkaRecordBytes, SettingsUpdate> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(new ParseSettings("rules", "cameras"))) {
      harness.processElement(record("rules", 0, "r1", RecordCodec.RULES.encode(rule)), 0);
      harness.processElement(record("cameras", 0, "cam-1", RecordCodec.CAMERA_CONFIGS.encode(camera)), 0);
      harness.processElement(record("rules", 1, "r1", null), 0);
      harness.processElement(record("rules", 2, "r2", RecordCodec.RULES.encode(rule)), 0);
      harness.processElement(record("rules", 3, null, RecordCodec.RULES.encode(rule)), 0);
      harness.processElement(record("rules", 4, "r3", "{\"v\":1}".getBytes(StandardCharsets.UTF_8)), 0);

      assertThat(harness.extractOutputValues()).containsExactly(
          new SettingsUpdate(Kind.RULE, "r1", rule, null),
          new SettingsUpdate(Kind.CAMERA, "cam-1", null, camera),
          new SettingsUpdate(Kind.RULE, "r1", null, null));
      List<DeadLetter> dead = harness.getSideOutput(ParseFaces.DEAD_LETTERS).stream().map(StreamRecord::getValue).toList();
      assertThat(dead).extracting(DeadLetter::sourceTopic, DeadLetter::offset)
          .containsExactly(
              tuple("rules", 2L),
              tuple("rules", 3L),
              tuple("rules", 4L));
      assertThat(dead.get(0).reason()).isEqualTo("rule id r1 differs from its key r2");
      assertThat(dead.get(1).reason()).isEqualTo("rules record without a key");
      assertThat(dead.get(2).reason()).startsWith("not a RuleRecord JSON document");
    }
  }
}
