package io.emoticctv.job.functions;

import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.job.records.KafkaRecordBytes;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes {@code faces} records. A record that is not a valid {@link FaceRecord} goes, whole and
 * with the reason, to the {@link #DEAD_LETTERS} side output: one bad producer never stops the
 * job, and nothing it sent is lost.
 */
public final class ParseFaces extends ProcessFunction<KafkaRecordBytes, FaceRecord> {
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("faces-dead-letters", TypeInformation.of(DeadLetter.class));

  @Override
  public void processElement(KafkaRecordBytes record, Context ctx, Collector<FaceRecord> out) {
    FaceRecord face;
    try {
      face = RecordCodec.FACES.decode(record.value());
    } catch (MalformedRecordException e) {
      ctx.output(DEAD_LETTERS, deadLetter(record, e.getMessage(), System.currentTimeMillis()));
      return;
    } catch (RuntimeException e) { // whatever the JSON library throws, the record is still bad input
      ctx.output(DEAD_LETTERS, deadLetter(record, "unreadable FaceRecord: " + e, System.currentTimeMillis()));
      return;
    }
    // outside the try: collect runs the chained operators downstream (inference among them),
    // and their failures are not this record's fault
    out.collect(face);
  }

  static DeadLetter deadLetter(KafkaRecordBytes record, String reason, long time) {
    return new DeadLetter(
        DeadLetter.SCHEMA_VERSION,
        record.topic(),
        record.partition(),
        record.offset(),
        record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
        record.value(),
        reason,
        time);
  }
}
