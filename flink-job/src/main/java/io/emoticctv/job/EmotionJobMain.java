package io.emoticctv.job;

import io.emoticctv.job.classify.EmotionClassifiers;
import io.emoticctv.job.io.KafkaConnectors;
import io.emoticctv.job.io.SettingsTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs {@link EmotionJob} against Kafka and PostgreSQL: on a local MiniCluster when started as a
 * plain {@code java} main, on the cluster when the same jar is submitted to one.
 *
 * <p>Arguments are {@code --key value} pairs, the keys and defaults of {@link JobConfig} (Kafka,
 * topics, JDBC, model, windows, smoothing, batching, checkpoints, network buffer timeout). Alert rules
 * are not configured here: they come from the {@code rules} topic while the job runs; the
 * compacted {@code rules} and {@code cameras} topics are created when missing.
 */
public final class EmotionJobMain {
  private EmotionJobMain() {}

  /**
   * @throws IllegalArgumentException for a bad configuration, naming the key (thrown, not {@code
   *     System.exit}: on a cluster this main runs inside the JobManager)
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("ai.djl.offline", "true"); // before anything loads DJL
    JobConfig config = JobConfig.parse(args);
    if (!Files.isDirectory(Path.of(config.modelDir()))) {
      // checked where it is cheap to say; the task managers need the model at the same path
      throw new IllegalArgumentException("--model.dir " + config.modelDir() + " is not a directory");
    }
    SettingsTopics.ensureExist(config.kafkaBootstrap(), List.of(config.topics().rules(), config.topics().cameras()));
    new EmotionJob(
            config,
            EmotionClassifiers.fromModelDir(config.modelDir()),
            KafkaConnectors.rawSource(config.kafkaBootstrap(), config.topics().faces(), config.groupId()).build(),
            KafkaConnectors.settingsSource(config.kafkaBootstrap(), config.groupId() + "-settings",
                config.topics().rules(), config.topics().cameras()).build(),
            JobSinks.kafkaAndJdbc(config))
        .execute(StreamExecutionEnvironment.getExecutionEnvironment());
  }
}
