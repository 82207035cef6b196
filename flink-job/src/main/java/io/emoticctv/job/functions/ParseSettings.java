package io.emoticctv.job.functions;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.MalformedRecordException;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.job.records.KafkaRecordBytes;
import io.emoticctv.job.records.SettingsUpdate;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Decodes the compacted {@code rules} and {@code cameras} topics into {@link SettingsUpdate}s; a
 * null value (tombstone) removes the key's rule or camera. A record without a key, that does not
 * decode, or whose id differs from its key (a later tombstone could not remove it) goes to the
 * dead-letter side output {@link ParseFaces#DEAD_LETTERS} with the reason.
 */
public final class ParseSettings extends ProcessFunction<KafkaRecordBytes, SettingsUpdate> {
  private final String rulesTopic;
  private final String camerasTopic;

  public ParseSettings(String rulesTopic, String camerasTopic) {
    this.rulesTopic = rulesTopic;
    this.camerasTopic = camerasTopic;
  }

  @Override
  public void processElement(KafkaRecordBytes record, Context ctx, Collector<SettingsUpdate> out) {
    String problem;
    try {
      SettingsUpdate update = parse(record);
      out.collect(update);
      return;
    } catch (MalformedRecordException e) {
      problem = e.getMessage();
    } catch (RuntimeException e) {
      problem = "unreadable " + record.topic() + " record: " + e;
    }
    ctx.output(ParseFaces.DEAD_LETTERS, ParseFaces.deadLetter(record, problem, System.currentTimeMillis()));
  }

  private SettingsUpdate parse(KafkaRecordBytes record) throws MalformedRecordException {
    if (record.key() == null) {
      throw new MalformedRecordException(record.topic() + " record without a key");
    }
    String key = new String(record.key(), StandardCharsets.UTF_8);
    boolean tombstone = record.value() == null;
    if (record.topic().equals(rulesTopic)) {
      RuleRecord rule = tombstone ? null : RecordCodec.RULES.decode(record.value());
      if (rule != null && !rule.ruleId().equals(key)) {
        throw new MalformedRecordException("rule id " + rule.ruleId() + " differs from its key " + key);
      }
      return new SettingsUpdate(SettingsUpdate.Kind.RULE, key, rule, null);
    }
    if (record.topic().equals(camerasTopic)) {
      CameraConfigRecord camera = tombstone ? null : RecordCodec.CAMERA_CONFIGS.decode(record.value());
      if (camera != null && !camera.cameraId().equals(key)) {
        throw new MalformedRecordException("camera id " + camera.cameraId() + " differs from its key " + key);
      }
      return new SettingsUpdate(SettingsUpdate.Kind.CAMERA, key, null, camera);
    }
    throw new IllegalStateException("not a settings topic: " + record.topic());
  }
}
