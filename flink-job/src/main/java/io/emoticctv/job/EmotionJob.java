package io.emoticctv.job;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.job.functions.AlertEpisodeFunction;
import io.emoticctv.job.functions.BatchClassifyOperator;
import io.emoticctv.job.functions.ParseFaces;
import io.emoticctv.job.functions.RaiseAlertCandidate;
import io.emoticctv.job.functions.SustainedAbnormalPattern;
import io.emoticctv.job.functions.TallyEmotions;
import io.emoticctv.job.functions.ToEmotionWindow;
import io.emoticctv.job.records.ClassifiedFace;
import io.emoticctv.job.records.KafkaRecordBytes;
import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.cep.CEP;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The emotion job: faces → parse (bad records to the dead-letter sink) → batched inference →
 * per-camera event-time windows (table + topic) → CEP "sustained abnormal emotion" → one alert
 * per episode (table + topic).
 *
 * <p>Source and sinks come in from outside, so tests run exactly this graph against their own.
 */
public final class EmotionJob {
  public static final String NAME = "emoticctv-emotions";
  /** How far a camera's faces may arrive out of capture order (across ingest batches). */
  static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);
  /** A source subtask without faces for this long stops holding back everyone's event time. */
  static final Duration IDLENESS = Duration.ofSeconds(5);

  private final JobConfig config;
  private final FaceClassifierFactory classifier;
  private final Source<KafkaRecordBytes, ?, ?> faces;
  private final JobSinks sinks;

  public EmotionJob(
      JobConfig config, FaceClassifierFactory classifier, Source<KafkaRecordBytes, ?, ?> faces, JobSinks sinks) {
    this.config = config;
    this.classifier = classifier;
    this.faces = faces;
    this.sinks = sinks;
  }

  public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
    build(env);
    return env.execute(NAME);
  }

  /** Adds the job's graph to {@code env}. */
  public void build(StreamExecutionEnvironment env) {
    env.enableCheckpointing(config.checkpointInterval().toMillis());

    // Event time is assigned after parsing, where captureTime is known: the source only hands
    // over bytes. The price is one watermark per source subtask instead of per partition, so
    // faces of different partitions of one subtask share the out-of-orderness bound.
    SingleOutputStreamOperator<FaceRecord> parsed = env
        .fromSource(faces, WatermarkStrategy.noWatermarks(), "faces-source")
        .uid("faces-source")
        .process(new ParseFaces())
        .name("parse-faces")
        .uid("parse-faces");
    parsed.getSideOutput(ParseFaces.DEAD_LETTERS)
        .sinkTo(sinks.deadLetters())
        .name("faces-dlq-sink")
        .uid("faces-dlq-sink");

    DataStream<ClassifiedFace> classified = parsed
        .assignTimestampsAndWatermarks(WatermarkStrategy.<FaceRecord>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
            .withTimestampAssigner((face, kafkaTime) -> face.captureTime())
            .withIdleness(IDLENESS))
        .name("face-capture-time")
        .uid("face-capture-time")
        .transform(
            "classify-faces",
            TypeInformation.of(ClassifiedFace.class),
            new BatchClassifyOperator(classifier, config.batchSize(), config.batchMaxWait().toMillis()))
        .uid("classify-faces");

    SingleOutputStreamOperator<EmotionWindow> windows = classified
        .keyBy(ClassifiedFace::cameraId, Types.STRING)
        .window(TumblingEventTimeWindows.of(config.window()))
        .allowedLateness(config.allowedLateness())
        .aggregate(new TallyEmotions(), new ToEmotionWindow())
        .name("emotion-windows")
        .uid("emotion-windows");
    windows.sinkTo(sinks.windowRows()).name("emotion-windows-table").uid("emotion-windows-table");
    windows.sinkTo(sinks.windowEvents()).name("emotion-windows-topic").uid("emotion-windows-topic");

    DataStream<AlertRecord> candidates = CEP
        .pattern(windows.keyBy(EmotionWindow::cameraId, Types.STRING), SustainedAbnormalPattern.of(config.alertRule()))
        .inEventTime()
        .process(new RaiseAlertCandidate(config.alertRule()), TypeInformation.of(AlertRecord.class))
        .name("sustained-abnormal-pattern")
        .uid("sustained-abnormal-pattern");

    SingleOutputStreamOperator<AlertRecord> alerts = candidates
        .connect(windows)
        .keyBy(AlertRecord::cameraId, EmotionWindow::cameraId, Types.STRING)
        .process(new AlertEpisodeFunction(config.alertRule(), config.window().toMillis()),
            TypeInformation.of(AlertRecord.class))
        .name("alert-episodes")
        .uid("alert-episodes");
    alerts.sinkTo(sinks.alertRows()).name("alerts-table").uid("alerts-table");
    alerts.sinkTo(sinks.alertEvents()).name("alerts-topic").uid("alerts-topic");
  }
}
