package io.emoticctv.job.functions;

import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.job.metrics.JobMetrics;
import io.emoticctv.job.records.KafkaRecordBytes;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes {@code faces} records. A record that is larger than {@code maxRecordBytes} (it is not
 * even parsed) or is not a valid {@link FaceRecord} goes, whole and with the reason, to the
 * {@link #DEAD_LETTERS} side output: one bad producer never stops the job, and nothing it sent is
 * lost.
 */
public final class ParseFaces extends ProcessFunction<KafkaRecordBytes, FaceRecord> {
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("faces-dead-letters", TypeInformation.of(DeadLetter.class));

  private final int maxRecordBytes;
  private transient Counter deadLetters;

  public ParseFaces(int maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void open(OpenContext openContext) {
    deadLetters = JobMetrics.counter(getRuntimeContext().getMetricGroup(), "deadLetters");
  }

  @Override
  public void processElement(KafkaRecordBytes record, Context ctx, Collector<FaceRecord> out) {
    String problem = null;
    FaceRecord face = null;
    if (record.largerThan(maxRecordBytes)) {
      problem = "record of " + record.value().length + " bytes is larger than the " + maxRecordBytes
          + " bytes a FaceRecord may have";
    } else {
      try {
        face = RecordCodec.FACES.decode(record.value());
      } catch (MalformedRecordException e) {
        problem = e.getMessage();
      } catch (RuntimeException e) { // whatever the JSON library throws, the record is still bad input
        problem = "unreadable FaceRecord: " + e;
      }
    }
    if (problem != null) {
      deadLetters.inc();
      ctx.output(DEAD_LETTERS, deadLetter(record, problem, System.currentTimeMillis()));
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
