package io.emoticctv.job.testing;

import io.emoticctv.infra.servers.KafkaServer;
import io.emoticctv.infra.servers.PostgresServer;
import io.emoticctv.job.EmotionJob;
import io.emoticctv.job.JobConfig;
import io.emoticctv.job.JobSinks;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.job.io.KafkaConnectors;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the real job graph with its real Kafka and JDBC connectors over what a {@code faces}
 * topic holds now (the source stops at the offsets it finds at start), then returns.
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
        "--checkpoint.interval-ms", "1000"));
    args.addAll(List.of(more));
    JobConfig config = JobConfig.parse(args.toArray(String[]::new));
    for (String topic : List.of(config.topics().faces(), config.topics().facesDlq(),
        config.topics().emotionWindows(), config.topics().alerts())) {
      kafka.createTopic(topic, 2);
    }
    return config;
  }

  /** Runs the job over the faces topic's current content, as consumer group {@code groupId}. */
  public JobExecutionResult runToEnd(JobConfig config, FaceClassifierFactory classifier, String groupId, int parallelism)
      throws Exception {
    Configuration flink = new Configuration();
    flink.set(PipelineOptions.GENERIC_TYPES, false); // a silent Kryo fallback fails the run
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
    env.configure(flink);
    env.setParallelism(parallelism);
    if (!env.getConfig().getSerializerConfig().hasGenericTypesDisabled()) {
      throw new IllegalStateException("generic types should be disabled in tests");
    }
    var source = KafkaConnectors.rawSource(kafka.bootstrapServers(), config.topics().faces(), groupId)
        .setBounded(OffsetsInitializer.latest())
        .build();
    return new EmotionJob(config, classifier, source, JobSinks.kafkaAndJdbc(config)).execute(env);
  }
}
