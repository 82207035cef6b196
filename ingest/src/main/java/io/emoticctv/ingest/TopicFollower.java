package io.emoticctv.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a topic on its own thread and hands every record (key, value or null for a tombstone) to
 * a handler, in order per key. It reads every partition without a consumer group, nothing is
 * committed: from the beginning for a compacted configuration topic (the portal's {@code cameras}
 * and {@code rules}: each start rebuilds the full current set), or from the end for events only worth
 * acting on while they are new ({@code alerts}).
 */
final class TopicFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration RETRY = Duration.ofSeconds(2);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;
  private final String what;
  private final boolean fromBeginning;
  private final BiConsumer<String, byte[]> handler;
  private final CountDownLatch closeSignal = new CountDownLatch(1);
  private final Thread thread;

  /**
   * @param what what the topic holds, for logs and thread names ({@code cameras}, {@code alerts})
   * @param fromBeginning true: every record still on the topic; false: only those from now on
   */
  TopicFollower(
      String bootstrapServers,
      String topic,
      String what,
      boolean fromBeginning,
      BiConsumer<String, byte[]> handler) {
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                // Auto-creating it would make a topic that is not compacted: wait for the real one.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG,
                "ingest-" + what + "-follower"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    this.topic = topic;
    this.what = what;
    this.fromBeginning = fromBeginning;
    this.handler = handler;
    this.thread = new Thread(this::run, what + "-follower");
  }

  void start() {
    thread.start();
  }

  private void run() {
    try {
      List<TopicPartition> partitions = awaitPartitions();
      if (partitions.isEmpty()) {
        return;
      }
      consumer.assign(partitions);
      if (fromBeginning) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "now" before anything is published
      }
      LOG.info("following {} on topic {} ({} partitions)", what, topic, partitions.size());
      while (!closing()) {
        pollOnce();
      }
    } catch (WakeupException e) {
      // close() interrupts a blocking poll this way
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void pollOnce() {
    try {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        handle(record);
      }
    } catch (WakeupException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("cannot read topic {}, retrying in {}: {}", topic, RETRY, e.toString());
      sleep(RETRY);
    }
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    try {
      handler.accept(record.key(), record.value());
    } catch (RuntimeException e) {
      LOG.error(
          "{} {}: cannot apply the record at {}-{}@{}",
          what,
          record.key(),
          record.topic(),
          record.partition(),
          record.offset(),
          e);
    }
  }

  /** The topic's partitions once it exists, or an empty list when closed before that. */
  private List<TopicPartition> awaitPartitions() {
    boolean logged = false;
    while (!closing()) {
      try {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, RETRY);
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        }
        if (!logged) {
          LOG.warn("topic {} does not exist yet; waiting for it to be created", topic);
          logged = true;
        }
      } catch (WakeupException e) {
        throw e;
      } catch (RuntimeException e) {
        LOG.warn("cannot read the partitions of {}: {}", topic, e.toString());
      }
      sleep(RETRY);
    }
    return List.of();
  }

  private boolean closing() {
    return closeSignal.getCount() == 0;
  }

  private void sleep(Duration duration) {
    try {
      closeSignal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeSignal.countDown();
    }
  }

  /** Stops following: records published from now on are not handled. */
  @Override
  public void close() {
    closeSignal.countDown();
    if (thread.getState() == Thread.State.NEW) {
      consumer.close(Duration.ofSeconds(5));
      return;
    }
    consumer.wakeup();
    try {
      thread.join(STOP_TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("the {} follower did not stop within {}", what, STOP_TIMEOUT);
    }
  }
}
