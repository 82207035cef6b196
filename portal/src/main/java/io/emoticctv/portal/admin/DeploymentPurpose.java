package io.emoticctv.portal.admin;

/**
 * What kind of site the system watches, as the site's admin declares it. Emotion alerts are
 * refused for workplaces and education: the EU AI Act, Art. 5(1)(f), prohibits emotion recognition
 * there except for medical or safety reasons.
 */
public enum DeploymentPurpose {
  UNDECLARED("Not declared yet", true),
  PUBLIC_SPACE("Public space (streets, squares, parks)", true),
  RETAIL("Retail and hospitality", true),
  TRANSPORT("Transport hubs", true),
  EVENTS("Events and venues", true),
  HEALTHCARE("Healthcare (medical or safety use)", true),
  WORKPLACE("Workplace", false),
  EDUCATION("Education", false);

  public static final String LEGAL_REASON =
      "Emotion alerts are switched off for this site: the EU AI Act, Article 5(1)(f), prohibits"
          + " emotion recognition in workplaces and education institutions, except for medical or"
          + " safety reasons.";

  private final String label;
  private final boolean emotionAlertsAllowed;

  DeploymentPurpose(String label, boolean emotionAlertsAllowed) {
    this.label = label;
    this.emotionAlertsAllowed = emotionAlertsAllowed;
  }

  public String label() {
    return label;
  }

  public boolean emotionAlertsAllowed() {
    return emotionAlertsAllowed;
  }
}
