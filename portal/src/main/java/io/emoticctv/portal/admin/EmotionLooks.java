package io.emoticctv.portal.admin;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.web.EmotionStyle;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How the live pages and the alarm console show the model's emotions, from the admins'
 * categories: each emotion's own category gives its name and colour; the alert sound of an
 * emotion is its own category's, else that of the first group (by key) containing it that names
 * one.
 */
@Singleton
public class EmotionLooks {
  /** The live wall labels every tracked face: it reads categories at most this often. */
  static final Duration RECENT = Duration.ofSeconds(5);

  private final EmotionCategories categories;
  private volatile Snapshot recent = new Snapshot(0, List.of());

  EmotionLooks(EmotionCategories categories) {
    this.categories = categories;
  }

  private record Snapshot(long readAtNanos, List<EmotionStyle.Entry> legend) {}

  /** The 7 emotions in model order, named and coloured as the admins set them. */
  public List<EmotionStyle.Entry> legend() {
    return legend(categories.all());
  }

  /** As {@link #legend()}, read at most every {@link #RECENT}: for labels sent many times a second. */
  public List<EmotionStyle.Entry> recentLegend() {
    Snapshot snapshot = recent;
    long now = System.nanoTime();
    if (snapshot.legend().isEmpty() || now - snapshot.readAtNanos() > RECENT.toNanos()) {
      snapshot = new Snapshot(now, legend());
      recent = snapshot;
    }
    return snapshot.legend();
  }

  /** As {@link #legend()}, from categories already read. */
  public static List<EmotionStyle.Entry> legend(List<EmotionCategory> all) {
    return Arrays.stream(Emotion.values())
        .map(
            e ->
                all.stream()
                    .filter(c -> c.builtin() && c.key().equals(e.key()))
                    .findFirst()
                    .map(c -> new EmotionStyle.Entry(e.key(), c.displayName(), c.color()))
                    .orElseGet(() -> new EmotionStyle.Entry(e.key(), EmotionStyle.label(e), EmotionStyle.color(e))))
        .toList();
  }

  /** The legend and the groups, from one read of the categories: what a live page shows. */
  public Shown shown() {
    List<EmotionCategory> all = categories.all();
    return new Shown(legend(all), groups(all));
  }

  /** @param groups the admins' groups, by key */
  public record Shown(List<EmotionStyle.Entry> legend, List<Group> groups) {}

  /** The admins' groups of emotions, by key. */
  public List<Group> groups() {
    return groups(categories.all());
  }

  /** The groups among {@code all} (e.g. distress = fear + sadness), by key. */
  public static List<Group> groups(List<EmotionCategory> all) {
    return all.stream()
        .filter(c -> !c.builtin())
        .map(c -> new Group(c.key(), c.displayName(), c.color(), c.abnormal(),
            c.members().stream().map(m -> Emotion.fromKey(m).ordinal()).sorted().toList()))
        .toList();
  }

  /**
   * A group of emotions, whose share is the sum of its members' shares.
   *
   * @param members the members' indexes in {@link Emotion} order, the order of every list of shares
   * @param abnormal whether the admins flagged it as what alerts are about
   */
  @Serdeable
  public record Group(String key, String label, String color, boolean abnormal, List<Integer> members) {
    /** {@code ["fear", "sadness"]}. */
    public List<String> memberKeys() {
      return members.stream().map(i -> Emotion.values()[i].key()).toList();
    }

    /** {@code "Distress (fear + sadness)"}. */
    public String describe() {
      return label + " (" + String.join(" + ", memberKeys()) + ")";
    }
  }

  /** The sound name of the emotion's category among {@code all}, or empty when none names one. */
  public static String sound(Emotion emotion, List<EmotionCategory> all) {
    return all.stream()
        .filter(c -> c.members().contains(emotion.key()) && !c.sound().isEmpty())
        .min(Comparator.comparing((EmotionCategory c) -> !c.builtin()).thenComparing(EmotionCategory::key))
        .map(EmotionCategory::sound)
        .orElse("");
  }
}
