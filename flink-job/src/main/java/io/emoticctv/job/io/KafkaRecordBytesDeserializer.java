package io.emoticctv.job.io;

import io.emoticctv.job.records.KafkaRecordBytes;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Passes Kafka records on unparsed, with topic, partition, offset and key (parsing may fail). */
public final class KafkaRecordBytesDeserializer implements KafkaRecordDeserializationSchema<KafkaRecordBytes> {
  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaRecordBytes> out) {
    out.collect(new KafkaRecordBytes(
        record.topic(), record.partition(), record.offset(), record.key(), record.value()));
  }

  @Override
  public TypeInformation<KafkaRecordBytes> getProducedType() {
    return TypeInformation.of(KafkaRecordBytes.class);
  }
}
