package io.emoticctv.job;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.DeadLetter;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.job.io.AlertInsert;
import io.emoticctv.job.io.EmotionWindowUpsert;
import io.emoticctv.job.io.JdbcBatchSink;
import io.emoticctv.job.io.KafkaConnectors;
import java.time.Duration;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the job's results go.
 *
 * @param deadLetters {@code faces} records that could not be parsed
 * @param windowRows the {@code emotion_windows} table
 * @param windowEvents the {@code emotion-windows} topic (the portal's live view)
 * @param alertRows the {@code alerts} table
 * @param alertEvents the {@code alerts} topic
 */
public record JobSinks(
    Sink<DeadLetter> deadLetters,
    Sink<EmotionWindow> windowRows,
    Sink<EmotionWindow> windowEvents,
    Sink<AlertRecord> alertRows,
    Sink<AlertRecord> alertEvents) {

  /** Rows per JDBC batch, and how long a row waits at most for its batch. */
  static final int JDBC_BATCH = 200;
  static final Duration JDBC_MAX_DELAY = Duration.ofMillis(200);

  /**
   * The production sinks. All are at-least-once: window rows are upserts and alerts carry
   * deterministic ids (insert-or-ignore in the table, consumers of the topic deduplicate by id),
   * so a record sent again after a restart changes nothing. Exactly-once Kafka transactions would
   * delay every alert by a checkpoint interval for no gain here.
   */
  public static JobSinks kafkaAndJdbc(JobConfig config) {
    String kafka = config.kafkaBootstrap();
    TopicNames topics = config.topics();
    return new JobSinks(
        KafkaConnectors.jsonSink(kafka, topics.facesDlq(), RecordCodec.DEAD_LETTERS, DeadLetter::key),
        new JdbcBatchSink<>(config.jdbc(), new EmotionWindowUpsert(), JDBC_BATCH, JDBC_MAX_DELAY),
        KafkaConnectors.jsonSink(kafka, topics.emotionWindows(), RecordCodec.EMOTION_WINDOWS, EmotionWindow::cameraId),
        new JdbcBatchSink<>(config.jdbc(), new AlertInsert(), JDBC_BATCH, JDBC_MAX_DELAY),
        KafkaConnectors.jsonSink(kafka, topics.alerts(), RecordCodec.ALERTS, AlertRecord::cameraId));
  }
}
