package io.emoticctv.job.testing;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.EmotionJob;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.JobSinks;
import io.emoticctv.job.TopicNames;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.job.io.KafkaConnectors;
import io.emoticctv.job.records.KafkaRecordBytes;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the real job graph with its real Kafka and JDBC connectors: either over what the topics
 * hold now (the sources stop at the offsets they find at start), or live until cancelled.
 */
public final class JobRunner {
  private final KafkaServer kafka;
  private final PostgresServer postgres;
  private final String jdbcUrl;

  public JobRunner(KafkaServer kafka, PostgresServer postgres, String jdbcUrl) {
    this.kafka = kafka;
    this.postgres = postgres;
    this.jdbcUrl = jdbcUrl;
  }

  /** A config for topics named after {@code run}, created here; {@code more} adds or overrides keys. */
  public JobConfig config(String run, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--kafka.bootstrap", kafka.bootstrapServers(),
        "--jdbc.url", jdbcUrl,
        "--jdbc.user", postgres.user(),
        "--jdbc.password", postgres.password(),
        "--model.dir", "unused-with-an-injected-classifier",
        "--topics.faces", "faces-" + run,
        "--topics.faces-dlq", "faces-dlq-" + run,
        "--topics.emotion-windows", "emotion-windows-" + run,
        "--topics.alerts", "alerts-" + run,
        "--topics.rules", "rules-" + run,
        "--topics.cameras", "cameras-" + run,
        "--topics.track-emotions", "track-emotions-" + run,
        "--checkpoint.interval-ms", "1000"));
    args.addAll(List.of(more));
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
    TopicNames t = config.topics();
    for (String topic : List.of(t.faces(), t.facesDlq(), t.emotionWindows(), t.alerts(), t.rules(), t.cameras(),
        t.trackEmotions())) {
      kafka.createTopic(topic, 2);
    }
    return config;
  }

  /** Runs the job over the topics' current content, as consumer group {@code groupId}. */
  public JobExecutionResult runToEnd(JobConfig config, FaceClassifierFactory classifier, String groupId, int parallelism)
      throws Exception {
    OffsetsInitializer now = OffsetsInitializer.latest();
    return job(config, classifier, faces(config, groupId).setBounded(now).build(),
        settings(config, groupId).setBounded(now).build())
        .execute(environment(parallelism));
  }

  /** Starts the job on unbounded sources; the caller cancels it through the returned client. */
  public JobClient start(JobConfig config, FaceClassifierFactory classifier, String groupId, int parallelism)
      throws Exception {
    StreamExecutionEnvironment env = environment(parallelism);
    job(config, classifier, faces(config, groupId).build(), settings(config, groupId).build()).build(env);
    return env.executeAsync(EmotionJob.NAME);
  }

  private EmotionJob job(JobConfig config, FaceClassifierFactory classifier,
      Source<KafkaRecordBytes, ?, ?> faces, Source<KafkaRecordBytes, ?, ?> settings) {
    return new EmotionJob(config, classifier, faces, settings, JobSinks.kafkaAndJdbc(config));
  }

  private KafkaSourceBuilder<KafkaRecordBytes> faces(JobConfig config, String groupId) {
    return KafkaConnectors.rawSource(kafka.bootstrapServers(), config.topics().faces(), groupId);
  }

  private KafkaSourceBuilder<KafkaRecordBytes> settings(JobConfig config, String groupId) {
    return KafkaConnectors.settingsSource(
        kafka.bootstrapServers(), groupId + "-settings", config.topics().rules(), config.topics().cameras());
  }

  private static StreamExecutionEnvironment environment(int parallelism) {
    Configuration flink = new Configuration();
    flink.set(PipelineOptions.GENERIC_TYPES, false); // a silent Kryo fallback fails the run
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
    env.configure(flink);
    env.setParallelism(parallelism);
    if (!env.getConfig().getSerializerConfig().hasGenericTypesDisabled()) {
      throw new IllegalStateException("generic types should be disabled in tests");
    }
    return env;
  }
}
