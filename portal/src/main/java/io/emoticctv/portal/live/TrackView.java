package io.emoticctv.portal.live;

import io.emoticctv.contracts.TrackEmotionRecord;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Percent;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A tracked face's current emotion as the live wall labels it.
 *
 * @param label {@code "Happiness 87%"}, or {@code "uncertain"} below the confidence threshold
 * @param color the emotion's colour, or grey when uncertain
 */
@Serdeable
public record TrackView(String cameraId, long trackId, long captureTime, String label, String color, boolean uncertain) {
  static final String UNCERTAIN_COLOR = "#8b8d98";

  /** @param look the name and colour of the face's emotion */
  public static TrackView of(TrackEmotionRecord t, double uncertainBelow, EmotionStyle.Entry look) {
    boolean uncertain = t.confidence() < uncertainBelow;
    return new TrackView(
        t.cameraId(),
        t.trackId(),
        t.captureTime(),
        uncertain ? "uncertain" : look.label() + " " + Percent.of(t.confidence()),
        uncertain ? UNCERTAIN_COLOR : look.color(),
        uncertain);
  }
}
