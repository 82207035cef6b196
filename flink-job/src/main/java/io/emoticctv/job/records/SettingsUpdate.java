package io.emoticctv.job.records;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.RuleRecord;

/**
 * A record of the compacted {@code rules} or {@code cameras} topic: the newest version of one
 * rule or camera, or its removal.
 *
 * @param key the rule or camera id (the record key)
 * @param rule the rule, or null (a removed rule, or a camera update)
 * @param camera the camera, or null (a removed camera, or a rule update)
 */
public record SettingsUpdate(Kind kind, String key, RuleRecord rule, CameraConfigRecord camera) {
  public enum Kind {
    RULE,
    CAMERA
  }
}
