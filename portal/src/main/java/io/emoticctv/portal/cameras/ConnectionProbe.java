package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.ProbeRequest;
import io.emoticctv.contracts.ProbeResult;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.emoticctv.portal.kafka.RecordHandler;
import io.emoticctv.portal.kafka.TopicConsumer;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * "Test connection": asks the ingest agents to probe a stream URL ({@code camera-probes}) and
 * waits for the answer with the same request id on {@code camera-probe-results}, which this
 * portal instance reads with a consumer group of its own (from the end of the topic). Answers to
 * other instances' requests are ignored. The URL may carry credentials and is never logged.
 */
@Singleton
public final class ConnectionProbe implements RecordHandler<ProbeResult>, AutoCloseable {
  private final String requestsTopic;
  private final KafkaProducer<String, byte[]> producer;
  private final TopicConsumer<ProbeResult> results;
  private final Map<String, CompletableFuture<ProbeResult>> waiting = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  ConnectionProbe(KafkaSettings kafka) {
    this.requestsTopic = kafka.cameraProbesTopic();
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000");
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "2500");
    this.producer = new KafkaProducer<>(props);
    this.results =
        TopicConsumer.ofThisInstance(kafka, "probes", kafka.cameraProbeResultsTopic(), RecordCodec.PROBE_RESULTS, this);
  }

  @EventListener
  void onStartup(StartupEvent event) {
    results.start();
  }

  /** True once the results consumer has its partitions. */
  public boolean ready() {
    return results.isAssigned();
  }

  /**
   * @return the agent's answer, or empty when none came within {@code timeout} (no agent runs,
   *     or the bus is down)
   */
  public Optional<ProbeResult> probe(String sourceUrl, Duration timeout) throws InterruptedException {
    String requestId = UUID.randomUUID().toString();
    CompletableFuture<ProbeResult> answer = new CompletableFuture<>();
    waiting.put(requestId, answer);
    try {
      ProbeRequest request = new ProbeRequest(ProbeRequest.SCHEMA_VERSION, requestId, sourceUrl, clock.millis());
      producer.send(new ProducerRecord<>(requestsTopic, requestId, RecordCodec.PROBE_REQUESTS.encode(request)));
      return Optional.of(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } finally {
      waiting.remove(requestId);
    }
  }

  @Override
  public void handle(ProbeResult result) {
    CompletableFuture<ProbeResult> answer = waiting.get(result.requestId());
    if (answer != null) {
      answer.complete(result);
    }
  }

  @PreDestroy
  @Override
  public void close() {
    results.close();
    producer.close(Duration.ofSeconds(5));
  }
}
