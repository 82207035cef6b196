package io.emoticctv.ingest;

import io.emoticctv.contracts.Emotion;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How the site hears alerts (config keys {@code sounds.*}, {@code camera.<id>.speaker-url}).
 *
 * @param sounds the WAV file played on the agent host's sound card per emotion
 * @param speakerUrls the IP speaker each camera's alerts are POSTed to, instead of the sound card
 * @param minInterval a camera's alerts are sounded at most once per this interval
 */
record AlarmSettings(
    Map<Emotion, Path> sounds, Map<String, URI> speakerUrls, Duration minInterval) {
  static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMinutes(1);
  static final AlarmSettings NONE = new AlarmSettings(Map.of(), Map.of(), DEFAULT_MIN_INTERVAL);

  AlarmSettings {
    sounds = Map.copyOf(sounds);
    speakerUrls = Map.copyOf(speakerUrls);
  }

  /** Anything to sound at all: the agent follows the alerts only then. */
  boolean enabled() {
    return !sounds.isEmpty() || !speakerUrls.isEmpty();
  }
}
