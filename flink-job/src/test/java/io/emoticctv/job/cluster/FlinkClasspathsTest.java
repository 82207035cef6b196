package io.emoticctv.job.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlinkClasspathsTest {
  private static final String M2 = "/root/.m2/repository/";
  private static final Path RUNTIME = jar("org/apache/flink/flink-runtime/2.2.1/flink-runtime-2.2.1.jar");
  private static final Path RPC = jar("org/apache/flink/flink-rpc-akka-loader/2.2.1/flink-rpc-akka-loader-2.2.1.jar");
  private static final Path DJL = jar("ai/djl/pytorch/pytorch-engine/0.36.0/pytorch-engine-0.36.0.jar");
  private static final Path LOGBACK = jar("ch/qos/logback/logback-classic/1.5.18/logback-classic-1.5.18.jar");
  private static final Path KAFKA_CONNECTOR = jar("org/apache/flink/flink-connector-kafka/5.0.0-2.2/flink-connector-kafka-5.0.0-2.2.jar");
  private static final Path KAFKA_CLIENTS = jar("org/apache/kafka/kafka-clients/4.4.0/kafka-clients-4.4.0.jar");
  private static final Path CONTRACTS = jar("io/emoticctv/contracts/0.1.0-SNAPSHOT/contracts-0.1.0-SNAPSHOT.jar");
  private static final Path JDBC = jar("org/postgresql/postgresql/42.7.7/postgresql-42.7.7.jar");
  private static final Path COMMONS = jar("org/apache/commons/commons-lang3/3.18.0/commons-lang3-3.18.0.jar");
  private static final Path PROMETHEUS = jar("org/apache/flink/flink-metrics-prometheus/2.2.1/flink-metrics-prometheus-2.2.1.jar");

  private static Path jar(String path) {
    return Path.of(M2 + path);
  }

  @Test
  void flinkLoggingAndDjlRunTheClusterWhileConnectorsJdbcAndContractsTravelWithTheJob() {
    FlinkClasspaths split = FlinkClasspaths.split(
        List.of(RUNTIME, RPC, DJL, LOGBACK, KAFKA_CONNECTOR, KAFKA_CLIENTS, CONTRACTS, JDBC, COMMONS), List.of(PROMETHEUS));

    assertThat(split.cluster()).containsExactly(RUNTIME, RPC, DJL, LOGBACK, COMMONS, PROMETHEUS);
    assertThat(split.user()).containsExactly(KAFKA_CONNECTOR, KAFKA_CLIENTS, CONTRACTS, JDBC, COMMONS);
  }
}
