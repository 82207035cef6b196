package io.emoticctv.portal.rules;

import io.emoticctv.contracts.RuleRecord;
import io.emoticctv.portal.admin.DeploymentPurpose;
import io.emoticctv.portal.admin.SiteSettingsService;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Rules are suspended while the site's declared purpose refuses emotion alerts (workplace,
 * education): the job then gets every rule disabled, and its episode machine opens no episode
 * for a disabled rule (and resolves an open one at the next window). The stored rules keep their
 * own settings and are published as they are once the purpose allows alerts again.
 */
@Singleton
public final class RuleSuspension {
  private final SiteSettingsService site;

  RuleSuspension(SiteSettingsService site) {
    this.site = site;
  }

  /** Whether the site's deployment purpose suspends every rule. */
  public boolean active() {
    return !site.current().deploymentPurpose().emotionAlertsAllowed();
  }

  /** Why rules are suspended, for the rules editor and the API; empty when they are not. */
  public Optional<String> reason() {
    DeploymentPurpose purpose = site.current().deploymentPurpose();
    return purpose.emotionAlertsAllowed() ? Optional.empty() : Optional.of(reason(purpose));
  }

  static String reason(DeploymentPurpose purpose) {
    return "Rules are suspended: the site is declared as " + purpose.label() + ", so the analysis job receives"
        + " every rule disabled and raises no alert. Rules are stored as you save them and apply again once the"
        + " deployment purpose allows alerts. " + DeploymentPurpose.LEGAL_REASON;
  }

  /** The rule as the job should see it: disabled when {@code suspended}, else as stored. */
  static RuleRecord asPublished(RuleRecord r, boolean suspended) {
    if (!suspended || !r.enabled()) {
      return r;
    }
    return new RuleRecord(r.v(), r.ruleId(), r.version(), r.name(), r.kind(), r.cameraId(), r.zone(),
        r.emotions(), r.threshold(), r.windows(), r.minFaces(), r.minCameras(), r.spanMs(), r.severity(),
        r.cooldownMs(), r.schedule(), false, r.updatedAt());
  }
}
