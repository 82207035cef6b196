package io.emoticctv.portal.web;

/** What the system can and cannot know; every page's footer and every email carry it. */
public final class Disclaimer {
  public static final String TEXT =
      "EmotiCCTV infers apparent facial expressions from camera images. It does not know what"
          + " anyone actually feels, and it does not identify anyone.";

  private Disclaimer() {}
}
