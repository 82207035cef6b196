package io.emoticctv.portal.kafka;

import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka consumer on its own thread: decodes each record of one topic with the contracts'
 * codec and hands it to a handler.
 *
 * <ul>
 *   <li>A record that does not decode is logged with its reason and skipped.
 *   <li>A record whose handler throws is retried after {@link #RETRY_PAUSE}, from that record
 *       on, in its partition; other partitions go on.
 *   <li>Offsets are committed after the records are handled (at-least-once), when the consumer
 *       belongs to a durable group.
 * </ul>
 */
public final class TopicConsumer<T> implements AutoCloseable {
  static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  static final Duration RETRY_PAUSE = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(TopicConsumer.class);

  private final String topic;
  private final RecordCodec<T> codec;
  private final RecordHandler<T> handler;
  private final boolean commitOffsets;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;
  private final CountDownLatch closeRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running = true;
  private volatile boolean assigned;

  /**
   * @param durableGroup true: a group shared by portal instances, starting at the earliest
   *     offset and committing what it handled; false: a throwaway group for this instance only,
   *     starting at the end of the topic
   */
  public TopicConsumer(
      String bootstrapServers,
      String groupId,
      boolean durableGroup,
      String topic,
      RecordCodec<T> codec,
      RecordHandler<T> handler) {
    this.topic = topic;
    this.codec = codec;
    this.handler = handler;
    this.commitOffsets = durableGroup;
    this.consumer = new KafkaConsumer<>(properties(bootstrapServers, groupId, durableGroup));
    this.thread = new Thread(this::run, "consume-" + topic);
    this.thread.setDaemon(true);
  }

  /**
   * A consumer for this portal instance only, in a throwaway group {@code
   * <prefix>-<purpose>-<random>} starting at the end of the topic: for what every instance must
   * see itself, e.g. to push every record to its own browsers.
   */
  public static <T> TopicConsumer<T> ofThisInstance(
      KafkaSettings kafka, String purpose, String topic, RecordCodec<T> codec, RecordHandler<T> handler) {
    return new TopicConsumer<>(
        kafka.bootstrapServers(),
        kafka.groupIdPrefix() + "-" + purpose + "-" + UUID.randomUUID(),
        false,
        topic,
        codec,
        handler);
  }

  static Properties properties(String bootstrapServers, String groupId, boolean durableGroup) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, durableGroup ? "earliest" : "latest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
    return props;
  }

  public void start() {
    thread.start();
  }

  /** True once the group coordinator has given this consumer its partitions. */
  public boolean isAssigned() {
    return assigned;
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topic), new AssignmentTracker());
      while (running) {
        try {
          if (!handleAll(consumer.poll(POLL_TIMEOUT))) {
            pause(RETRY_PAUSE);
          }
        } catch (WakeupException e) {
          // close() woke the consumer up to stop it
        } catch (RuntimeException e) {
          // e.g. a commit lost to a rebalance: the records are handled again, and every
          // handler tolerates that
          LOG.error("Consumer of topic {} failed, going on in {} s", topic, RETRY_PAUSE.toSeconds(), e);
          pause(RETRY_PAUSE);
        }
      }
    } finally {
      consumer.close(Duration.ofSeconds(5));
      stopped.countDown();
    }
  }

  /** Returns false when some record has to be retried. */
  private boolean handleAll(ConsumerRecords<byte[], byte[]> records) {
    boolean allHandled = true;
    Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        if (!running) {
          break;
        }
        if (!handleOne(record)) {
          consumer.seek(partition, record.offset());
          allHandled = false;
          break;
        }
        handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
    }
    if (commitOffsets && !handled.isEmpty()) {
      consumer.commitSync(handled);
    }
    return allHandled;
  }

  private boolean handleOne(ConsumerRecord<byte[], byte[]> record) {
    T value;
    try {
      value = codec.decode(record.value());
    } catch (MalformedRecordException e) {
      LOG.warn(
          "Skipped record {}-{}@{}: {}",
          topic,
          record.partition(),
          record.offset(),
          e.getMessage());
      return true;
    }
    try {
      handler.handle(value);
      return true;
    } catch (Exception e) {
      LOG.error(
          "Could not handle record {}-{}@{}, retrying in {} s",
          topic,
          record.partition(),
          record.offset(),
          RETRY_PAUSE.toSeconds(),
          e);
      return false;
    }
  }

  private void pause(Duration duration) {
    try {
      closeRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    closeRequested.countDown();
    if (thread.getState() == Thread.State.NEW) {
      consumer.close(Duration.ZERO);
      return;
    }
    consumer.wakeup();
    try {
      if (!stopped.await(10, TimeUnit.SECONDS)) {
        LOG.warn("Consumer of topic {} did not stop within 10 s", topic);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class AssignmentTracker implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      assigned = true;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
  }
}
