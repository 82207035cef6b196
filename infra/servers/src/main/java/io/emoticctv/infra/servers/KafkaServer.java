package io.emoticctv.infra.servers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker in this JVM, in KRaft combined mode (broker and controller in one node),
 * bound to loopback. Its log directory survives a restart when the caller passes the same
 * {@code dataDir}.
 */
public final class KafkaServer implements AutoCloseable {
  private static KafkaServer shared;

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private KafkaServer(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** One broker for the whole test JVM, in a temporary directory, on a free port. */
  public static synchronized KafkaServer shared() {
    if (shared == null) {
      shared = JvmScopedServers.startInTempDir("kafka", dir -> start(dir, 0));
    }
    return shared;
  }

  /** Starts a broker keeping its logs in {@code dataDir}; port 0 picks a free port. */
  public static KafkaServer start(Path dataDir, int port) {
    int brokerPort = FreePorts.orPick(port);
    Path logDir = dataDir.resolve("logs");
    Properties props = brokerProperties(logDir, brokerPort, FreePorts.pick());
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      formatStorage(dataDir, props);
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    server.startup();
    return new KafkaServer(server, "127.0.0.1:" + brokerPort);
  }

  static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "4");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "true");
    return p;
  }

  /** Formats a new log directory with a fresh cluster id. */
  private static void formatStorage(Path dataDir, Properties props) {
    try {
      Files.createDirectories(dataDir);
      Path config = dataDir.resolve("server.properties");
      try (var out = Files.newBufferedWriter(config)) {
        props.store(out, "EmotiCCTV local broker");
      }
      var messages = new ByteArrayOutputStream();
      StorageTool.execute(
          new String[] {
            "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()
          },
          new PrintStream(messages, true, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka storage in " + dataDir, e);
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Creates the topic if it does not exist yet. */
  public void createTopic(String name, int partitions) {
    createTopic(name, partitions, Map.of());
  }

  /** Creates the topic with the given topic configs (e.g. cleanup.policy) if it does not exist. */
  public void createTopic(String name, int partitions, Map<String, String> configs) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + name, e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topic " + name, e);
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
