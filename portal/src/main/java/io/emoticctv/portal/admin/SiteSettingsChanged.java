package io.emoticctv.portal.admin;

/**
 * An admin saved the site's settings; published inside the saving transaction, so a listener that
 * fails rolls the change back.
 */
public record SiteSettingsChanged(SiteSettings before, SiteSettings after) {

  /** Whether emotion alerts went from allowed to refused, or back. */
  public boolean alertsPolicyChanged() {
    return before.deploymentPurpose().emotionAlertsAllowed() != after.deploymentPurpose().emotionAlertsAllowed();
  }
}
