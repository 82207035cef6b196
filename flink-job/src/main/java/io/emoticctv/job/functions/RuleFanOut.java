package io.emoticctv.job.functions;

import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RuleKind;
import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.job.records.RuleOffer;
import io.emoticctv.job.records.SettingsUpdate;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Offers each window to every rule that covers its camera. The current rules and each camera's
 * zone are broadcast state, kept from the compacted {@code rules} and {@code cameras} topics, so
 * an edit in the portal reaches every subtask without a restart.
 *
 * <p>Rules are offered whether enabled and scheduled or not: the episode machine decides that at
 * the window's end, and an open episode of a rule just disabled resolves there.
 */
public final class RuleFanOut extends BroadcastProcessFunction<EmotionWindow, SettingsUpdate, RuleOffer> {
  public static final MapStateDescriptor<String, RuleRecord> RULES =
      new MapStateDescriptor<>("rules", Types.STRING, TypeInformation.of(RuleRecord.class));
  public static final MapStateDescriptor<String, String> CAMERA_ZONES =
      new MapStateDescriptor<>("camera-zones", Types.STRING, Types.STRING);

  @Override
  public void processElement(EmotionWindow window, ReadOnlyContext ctx, Collector<RuleOffer> out) throws Exception {
    String camera = window.cameraId();
    String zone = ctx.getBroadcastState(CAMERA_ZONES).get(camera);
    zone = zone == null ? "" : zone;
    long now = System.currentTimeMillis();
    for (Map.Entry<String, RuleRecord> entry : ctx.getBroadcastState(RULES).immutableEntries()) {
      RuleRecord rule = entry.getValue();
      if (rule.covers(camera, zone)) {
        String scope = rule.kind() == RuleKind.ZONE_SPREAD ? zone : camera;
        out.collect(new RuleOffer(scopeKey(rule.ruleId(), scope), scope, zone, rule, window, now));
      }
    }
  }

  /** The key of a rule's episodes in one scope, as their alert ids begin. */
  static String scopeKey(String ruleId, String scope) {
    return ruleId + "/" + scope;
  }

  @Override
  public void processBroadcastElement(SettingsUpdate update, Context ctx, Collector<RuleOffer> out) throws Exception {
    switch (update.kind()) {
      case RULE -> {
        BroadcastState<String, RuleRecord> rules = ctx.getBroadcastState(RULES);
        if (update.rule() == null) {
          rules.remove(update.key());
        } else {
          rules.put(update.key(), update.rule());
        }
      }
      case CAMERA -> {
        BroadcastState<String, String> zones = ctx.getBroadcastState(CAMERA_ZONES);
        if (update.camera() == null) {
          zones.remove(update.key());
        } else {
          zones.put(update.key(), update.camera().zone());
        }
      }
    }
  }
}
