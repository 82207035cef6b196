package io.emoticctv.ingest;

import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.ProbeRequest;
import io.emoticctv.contracts.ProbeResult;
import io.emoticctv.contracts.RecordCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the portal's "test connection" requests: consumes {@code camera-probes} in the consumer
 * group {@value #GROUP} (so one agent of a site answers each request) and publishes a {@link
 * ProbeResult} per request. Probes run two at a time, off the polling thread, so a camera that
 * never answers does not hold up the next request. A request older than {@link #MAX_AGE} is
 * skipped: the admin who asked has stopped waiting. Request URLs are never logged.
 */
final class ProbeResponder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProbeResponder.class);
  static final String GROUP = "ingest-probes";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration MAX_AGE = Duration.ofMinutes(1);
  private static final int PARALLEL_PROBES = 2;
  private static final Duration POLL = Duration.ofSeconds(1);

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;
  private final StreamProbe probe;
  private final Consumer<ProbeResult> results;
  private final ExecutorService probes =
      new ThreadPoolExecutor(
          PARALLEL_PROBES,
          PARALLEL_PROBES,
          0,
          TimeUnit.MILLISECONDS,
          new LinkedBlockingQueue<>(),
          r -> {
            Thread t = new Thread(r, "probe-runner");
            t.setDaemon(true);
            return t;
          });
  private final Thread thread = new Thread(this::run, "probe-responder");
  private volatile boolean closing;

  ProbeResponder(
      String bootstrapServers, String topic, StreamProbe probe, Consumer<ProbeResult> results) {
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                GROUP,
                // A request sent while no agent was up is still answered if it is recent.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    this.topic = topic;
    this.probe = probe;
    this.results = results;
  }

  void start() {
    thread.start();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topic));
      LOG.info("answering camera probes from topic {}", topic);
      while (!closing) {
        try {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            accept(record);
          }
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          LOG.warn("cannot read topic {}: {}", topic, e.toString());
        }
      }
    } catch (WakeupException e) {
      // close() interrupts a blocking poll this way
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void accept(ConsumerRecord<String, byte[]> record) {
    ProbeRequest request;
    try {
      request = RecordCodec.PROBE_REQUESTS.decode(record.value());
    } catch (MalformedRecordException e) {
      LOG.warn("skipped a probe request at offset {}: {}", record.offset(), e.getMessage());
      return;
    }
    if (isStale(request, System.currentTimeMillis())) {
      LOG.info("probe {}: skipped, asked too long ago", request.requestId());
      return;
    }
    probes.execute(
        () -> {
          ProbeResult result = probe.probe(request);
          LOG.info(
              "probe {}: {}",
              request.requestId(),
              result.ok() ? "ok" : result.failure() + " — " + result.message());
          results.accept(result);
        });
  }

  static boolean isStale(ProbeRequest request, long nowMillis) {
    return nowMillis - request.requestedAt() > MAX_AGE.toMillis();
  }

  @Override
  public void close() {
    closing = true;
    if (thread.getState() == Thread.State.NEW) {
      consumer.close(Duration.ofSeconds(5));
    } else {
      consumer.wakeup();
      try {
        thread.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    probes.shutdownNow();
    probe.close();
  }
}
