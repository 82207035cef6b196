package io.emoticctv.job;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.job.functions.BatchClassifyOperator;
import io.emoticctv.job.functions.ParseFaces;
import io.emoticctv.job.functions.ParseSettings;
import io.emoticctv.job.functions.RuleEpisodeFunction;
import io.emoticctv.job.functions.RuleFanOut;
import io.emoticctv.job.functions.SettingsWatermarks;
import io.emoticctv.job.functions.SmoothTracks;
import io.emoticctv.job.functions.TallyEmotions;
import io.emoticctv.job.functions.ToEmotionWindow;
import io.emoticctv.job.records.ClassifiedFace;
import io.emoticctv.job.records.KafkaRecordBytes;
import io.emoticctv.job.records.RuleOffer;
import io.emoticctv.job.records.SettingsUpdate;
import io.emoticctv.job.time.FaceWatermarks;
import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The emotion job: faces → parse (bad or oversized records to the dead-letter sink) → batched
 * inference → per-track smoothing (→ track-emotions) → per-camera event-time windows (table +
 * topic) → offered to every rule of the live rule set that covers the camera → one alert episode
 * per rule and scope: OPENED, UPDATED, RESOLVED (table + topic).
 *
 * <p>Sources and sinks come in from outside, so tests run exactly this graph against their own.
 */
public final class EmotionJob {
  public static final String NAME = "emoticctv-emotions";
  /**
   * How far a partition's faces may arrive out of capture order. Each camera's faces come in
   * capture order (one agent thread per camera, keyed to one partition), so only cameras sharing a
   * partition differ, by their agents' processing delays. A window closes this long after its end
   * at the earliest, against a window-row target of 1 s; faces later than this still count
   * (allowed lateness rewrites the row), only the alert decision has been taken without them.
   */
  public static final Duration OUT_OF_ORDERNESS = Duration.ofMillis(500);
  /** How often sources emit watermarks (Flink's default: 200 ms, an average 100 ms on every window and alert). */
  static final Duration WATERMARK_INTERVAL = Duration.ofMillis(50);
  /** A partition without faces for this long stops holding back everyone's event time. */
  static final Duration IDLENESS = Duration.ofSeconds(5);
  /** How far behind the wall clock event time runs on a live partition that has gone quiet. */
  static final Duration LIVE_LAG = Duration.ofSeconds(5);

  private final JobConfig config;
  private final FaceClassifierFactory classifier;
  private final Source<KafkaRecordBytes, ?, ?> faces;
  private final Source<KafkaRecordBytes, ?, ?> settings;
  private final JobSinks sinks;

  /**
   * @param faces the {@code faces} topic
   * @param settings the compacted {@code rules} and {@code cameras} topics, read from the start
   */
  public EmotionJob(
      JobConfig config,
      FaceClassifierFactory classifier,
      Source<KafkaRecordBytes, ?, ?> faces,
      Source<KafkaRecordBytes, ?, ?> settings,
      JobSinks sinks) {
    this.config = config;
    this.classifier = classifier;
    this.faces = faces;
    this.settings = settings;
    this.sinks = sinks;
  }

  public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
    build(env);
    return env.execute(NAME);
  }

  /** Adds the job's graph to {@code env}. */
  public void build(StreamExecutionEnvironment env) {
    env.enableCheckpointing(config.checkpointInterval().toMillis());
    // Flink's default (100 ms) lets a record wait that long in a half-full network buffer at each
    // of the keyed hops between a face and its alert; at a few faces a second per camera buffers
    // rarely fill, so that wait would be the alert latency (measured: bench latency, README)
    env.setBufferTimeout(config.networkBufferTimeout().toMillis());
    env.getConfig().setAutoWatermarkInterval(WATERMARK_INTERVAL.toMillis());

    // Event time is read by the source, so watermarks are kept per partition (FaceWatermarks)
    SingleOutputStreamOperator<FaceRecord> parsed = env
        .fromSource(faces, new FaceWatermarks(OUT_OF_ORDERNESS, IDLENESS, LIVE_LAG, config.maxFaceRecordBytes()), "faces-source")
        .uid("faces-source")
        .process(new ParseFaces(config.maxFaceRecordBytes()))
        .name("parse-faces")
        .uid("parse-faces");

    SingleOutputStreamOperator<SettingsUpdate> settingsUpdates = env
        .fromSource(settings, SettingsWatermarks.neverHoldBack(), "settings-source")
        .uid("settings-source")
        .setParallelism(1)
        .process(new ParseSettings(config.topics().rules(), config.topics().cameras()))
        .setParallelism(1)
        .name("parse-settings")
        .uid("parse-settings");

    DataStream<DeadLetter> deadLetters = parsed.getSideOutput(ParseFaces.DEAD_LETTERS)
        .union(settingsUpdates.getSideOutput(ParseFaces.DEAD_LETTERS));
    deadLetters.sinkTo(sinks.deadLetters()).name("dead-letters-sink").uid("faces-dlq-sink");

    DataStream<ClassifiedFace> classified = parsed
        .transform(
            "classify-faces",
            TypeInformation.of(ClassifiedFace.class),
            new BatchClassifyOperator(classifier, config.batchSize(), config.batchMaxWait().toMillis()))
        .uid("classify-faces");

    SingleOutputStreamOperator<ClassifiedFace> smoothed = classified
        .keyBy(SmoothTracks::key, Types.STRING)
        .process(new SmoothTracks(config.smoothingAlpha(), config.trackTtl()), TypeInformation.of(ClassifiedFace.class))
        .name("smooth-tracks")
        .uid("smooth-tracks");
    smoothed.getSideOutput(SmoothTracks.TRACK_EMOTIONS)
        .sinkTo(sinks.trackEmotions())
        .name("track-emotions-topic")
        .uid("track-emotions-topic");

    SingleOutputStreamOperator<EmotionWindow> windows = smoothed
        .keyBy(ClassifiedFace::cameraId, Types.STRING)
        .window(TumblingEventTimeWindows.of(config.window()))
        .allowedLateness(config.allowedLateness())
        .aggregate(new TallyEmotions(), new ToEmotionWindow())
        .name("emotion-windows")
        .uid("emotion-windows");
    windows.sinkTo(sinks.windowRows()).name("emotion-windows-table").uid("emotion-windows-table");
    windows.sinkTo(sinks.windowEvents()).name("emotion-windows-topic").uid("emotion-windows-topic");

    SingleOutputStreamOperator<RuleOffer> offers = windows
        .connect(settingsUpdates.broadcast(RuleFanOut.RULES, RuleFanOut.CAMERA_ZONES))
        .process(new RuleFanOut(), TypeInformation.of(RuleOffer.class))
        .name("rule-fan-out")
        .uid("rule-fan-out");

    SingleOutputStreamOperator<AlertRecord> alerts = offers
        .keyBy(RuleOffer::scopeKey, Types.STRING)
        .process(new RuleEpisodeFunction(config.window().toMillis()), TypeInformation.of(AlertRecord.class))
        .name("alert-episodes")
        .uid("alert-episodes");
    alerts.sinkTo(sinks.alertRows()).name("alerts-table").uid("alerts-table");
    alerts.sinkTo(sinks.alertEvents()).name("alerts-topic").uid("alerts-topic");
  }
}
