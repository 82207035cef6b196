package io.emoticctv.portal.cameras;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Percent;
import io.emoticctv.portal.windows.WindowView;
import java.util.ArrayList;
import java.util.List;

/**
 * The emotion shares of one window, ready to draw as a stacked bar with a legend.
 *
 * @param window start and end of the window, as shown
 * @param dominant label of the emotion with the largest share, or null without faces
 */
public record EmotionMix(int faces, String window, List<Share> shares, String dominant) {

  /** One emotion's segment; {@code percent} is the rounded share, e.g. {@code "42%"}. */
  public record Share(String key, String label, String color, double share, String percent) {}

  public static EmotionMix of(WindowView view, String windowLabel) {
    List<Share> shares = new ArrayList<>(Emotion.COUNT);
    Emotion dominant = null;
    double best = 0;
    for (Emotion emotion : Emotion.values()) {
      double share = view.shares().get(emotion.ordinal());
      shares.add(
          new Share(
              emotion.key(),
              EmotionStyle.label(emotion),
              EmotionStyle.color(emotion),
              share,
              Percent.of(share)));
      if (share > best) {
        best = share;
        dominant = emotion;
      }
    }
    return new EmotionMix(
        view.faces(), windowLabel, List.copyOf(shares), dominant == null ? null : EmotionStyle.label(dominant));
  }
}
