package io.emoticctv.job;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.job.io.AlertUpsert;
import io.emoticctv.job.io.EmotionWindowUpsert;
import io.emoticctv.job.io.JdbcBatchSink;
import io.emoticctv.job.io.KafkaConnectors;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the job's results go.
 *
 * @param deadLetters {@code faces}, {@code rules} and {@code cameras} records that could not be
 *     read
 * @param windowRows the {@code emotion_windows} table
 * @param windowEvents the {@code emotion-windows} topic (the portal's live view)
 * @param trackEmotions the {@code track-emotions} topic (the portal's live wall)
 * @param alertRows the {@code alerts} table
 * @param alertEvents the {@code alerts} topic
 */
public record JobSinks(
    Sink<DeadLetter> deadLetters,
    Sink<EmotionWindow> windowRows,
    Sink<EmotionWindow> windowEvents,
    Sink<TrackEmotionRecord> trackEmotions,
    Sink<AlertRecord> alertRows,
    Sink<AlertRecord> alertEvents) {

  /** Rows per JDBC batch, and how long a row waits at most for its batch. */
  static final int JDBC_BATCH = 200;
  static final Duration JDBC_MAX_DELAY = Duration.ofMillis(200);
  /** Alert rows wait less: an operator sees them in the portal. */
  static final Duration ALERT_MAX_DELAY = Duration.ofMillis(20);

  /**
   * The production sinks, all at least once.
   *
   * <p>Alerts deliberately so: a transactional (exactly-once) Kafka sink makes records visible
   * only when the checkpoint that covers them commits, which would delay every alert by up to a
   * checkpoint interval (seconds) against a target of a few hundred milliseconds. Instead every
   * alert record is final and replayable: its id is derived from rule, scope and first window, the
   * job's episode state makes one episode emit exactly one OPENED, the producer is idempotent (no
   * duplicates from its own retries), and after a restart a record sent again is the same
   * (alertId, phase, updatedAt) as before. The {@code alerts} row moves only forward on it, and
   * consumers of the topic notify once per alert id, on OPENED.
   */
  public static JobSinks kafkaAndJdbc(JobConfig config) {
    String kafka = config.kafkaBootstrap();
    TopicNames topics = config.topics();
    return new JobSinks(
        KafkaConnectors.jsonSink(kafka, topics.facesDlq(), RecordCodec.DEAD_LETTERS, DeadLetter::key),
        new JdbcBatchSink<>(config.jdbc(), new EmotionWindowUpsert(), JDBC_BATCH, JDBC_MAX_DELAY),
        KafkaConnectors.jsonSink(kafka, topics.emotionWindows(), RecordCodec.EMOTION_WINDOWS, EmotionWindow::cameraId),
        KafkaConnectors.jsonSink(
            kafka, topics.trackEmotions(), RecordCodec.TRACK_EMOTIONS, TrackEmotionRecord::cameraId),
        new JdbcBatchSink<>(config.jdbc(), new AlertUpsert(), JDBC_BATCH, ALERT_MAX_DELAY),
        KafkaConnectors.jsonSink(kafka, topics.alerts(), RecordCodec.ALERTS, AlertRecord::cameraId));
  }
}
