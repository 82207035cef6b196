package io.emoticctv.job.functions;

import static io.emoticctv.job.testing.Fixtures.T0;
import static io.emoticctv.job.testing.Fixtures.face;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.job.records.KafkaRecordBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

class ParseFacesTest {
  private static KafkaRecordBytes record(long offset, String key, byte[] value) {
    return new KafkaRecordBytes("faces", 2, offset, key.getBytes(StandardCharsets.UTF_8), value);
  }

  @Test
  void validFacesPassAndBadRecordsBecomeDeadLettersWithTheirOrigin() throws Exception {
    FaceRecord valid = face("cam-1", T0, Emotion.FEAR);
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    FaceRecord tinyCrop = FaceRecord.of("cam-1", T0, null, valid.box(), 0.8f, new byte[10]);

    try (OneInputStreamOperatorTestHarness<KafkaRecordBytes, FaceRecord> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(new ParseFaces(65536))) {
      harness.processElement(record(40, "cam-1", garbage), 0);
      harness.processElement(record(41, "cam-1", RecordCodec.FACES.encode(valid)), 0);
      harness.processElement(record(42, "cam-1", RecordCodec.FACES.encode(tinyCrop)), 0);
      harness.processElement(new KafkaRecordBytes("faces", 2, 43, null, null), 0);

      List<FaceRecord> faces = harness.extractOutputValues();
      assertThat(faces).hasSize(1);
      assertThat(faces.get(0).cameraId()).isEqualTo("cam-1");
      assertThat(faces.get(0).crop()).isEqualTo(valid.crop());

      List<DeadLetter> dead = harness.getSideOutput(ParseFaces.DEAD_LETTERS).stream().map(StreamRecord::getValue).toList();
      assertThat(dead).extracting(DeadLetter::offset).containsExactly(40L, 42L, 43L);
      assertThat(dead.get(0).reason()).startsWith("not a FaceRecord JSON document");
      assertThat(dead.get(0).value()).isEqualTo(garbage);
      assertThat(dead.get(0).key()).isEqualTo("cam-1");
      assertThat(dead.get(0).sourceTopic()).isEqualTo("faces");
      assertThat(dead.get(0).partition()).isEqualTo(2);
      assertThat(dead.get(1).reason()).isEqualTo("invalid FaceRecord: crop must be 2304 gray pixels, was 10");
      assertThat(dead.get(2).reason()).isEqualTo("empty FaceRecord");
      assertThat(dead.get(2).key()).isNull();
    }
  }

  @Test
  void aRecordOverTheSizeLimitIsADeadLetterWithItsSize() throws Exception {
    byte[] valid = RecordCodec.FACES.encode(face("cam-1", T0, Emotion.FEAR));
    try (OneInputStreamOperatorTestHarness<KafkaRecordBytes, FaceRecord> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(new ParseFaces(valid.length))) {
      harness.processElement(record(7, "cam-1", valid), 0);
      byte[] oversized = Arrays.copyOf(valid, valid.length + 1);
      harness.processElement(record(8, "cam-1", oversized), 0);

      assertThat(harness.extractOutputValues()).hasSize(1);
      List<DeadLetter> dead = harness.getSideOutput(ParseFaces.DEAD_LETTERS).stream().map(StreamRecord::getValue).toList();
      assertThat(dead).extracting(DeadLetter::offset).containsExactly(8L);
      assertThat(dead.get(0).reason()).isEqualTo("record of " + oversized.length + " bytes is larger than the "
          + valid.length + " bytes a FaceRecord may have");
      assertThat(dead.get(0).value()).isEqualTo(oversized);
    }
  }

  @Test
  void aFailureDownstreamIsNotBlamedOnTheRecord() {
    ParseFaces parse = new ParseFaces(65536);
    List<Object> deadLetters = new ArrayList<>();
    ProcessFunction<KafkaRecordBytes, FaceRecord>.Context ctx = parse.new Context() {
      @Override
      public Long timestamp() {
        return null;
      }

      @Override
      public TimerService timerService() {
        throw new UnsupportedOperationException();
      }

      @Override
      public <X> void output(OutputTag<X> tag, X value) {
        deadLetters.add(value);
      }
    };
    // with operator chaining, collect runs the next operators (inference among them) in place
    Collector<FaceRecord> failingDownstream = new Collector<>() {
      @Override
      public void collect(FaceRecord face) {
        throw new IllegalStateException("model failed");
      }

      @Override
      public void close() {}
    };
    byte[] valid = RecordCodec.FACES.encode(face("cam-1", T0, Emotion.FEAR));

    assertThatThrownBy(() -> parse.processElement(record(41, "cam-1", valid), ctx, failingDownstream))
        .hasMessage("model failed");
    assertThat(deadLetters).isEmpty();
  }
}
