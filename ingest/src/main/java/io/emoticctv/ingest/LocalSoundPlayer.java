package io.emoticctv.ingest;

import io.emoticctv.contracts.AlertRecord;
import io.emoticctv.contracts.Emotion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent host's own sound card (Java Sound): plays the WAV file configured for the alert's
 * emotion ({@code sounds.<emotion>}); an emotion without a file is not played.
 */
final class LocalSoundPlayer implements AlarmOutput {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSoundPlayer.class);

  private final Map<Emotion, Path> sounds;

  LocalSoundPlayer(Map<Emotion, Path> sounds) {
    this.sounds = Map.copyOf(sounds);
  }

  /** The file configured for the emotion, if any. */
  Optional<Path> fileFor(Emotion emotion) {
    return Optional.ofNullable(sounds.get(emotion));
  }

  @Override
  public void sound(String cameraId, AlertRecord alert) {
    fileFor(alert.emotion()).ifPresent(file -> play(cameraId, file));
  }

  /** Starts playing; false (and a warning) when the host cannot play the file. */
  boolean play(String cameraId, Path file) {
    try (AudioInputStream audio = AudioSystem.getAudioInputStream(file.toFile())) {
      Clip clip = AudioSystem.getClip();
      clip.addLineListener(
          event -> {
            if (event.getType() == LineEvent.Type.STOP) {
              clip.close();
            }
          });
      clip.open(audio);
      clip.start();
      return true;
    } catch (IOException
        | UnsupportedAudioFileException
        | LineUnavailableException
        | IllegalArgumentException e) {
      // IllegalArgumentException: a host without a sound card has no Clip line.
      LOG.warn("camera {}: cannot play {}: {}", cameraId, file, e.toString());
      return false;
    }
  }
}
