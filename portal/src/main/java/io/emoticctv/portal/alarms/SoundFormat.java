package io.emoticctv.portal.alarms;

import io.micronaut.core.annotation.Nullable;

/**
 * Recognises an uploaded alarm sound by its content, not its name or declared type: WAV (RIFF
 * ... WAVE), Ogg ({@code OggS}) or MP3 (an ID3 tag or an MPEG audio frame sync).
 */
public enum SoundFormat {
  WAV("audio/wav"),
  OGG("audio/ogg"),
  MP3("audio/mpeg");

  /** Larger files are refused: an alarm sound is a few seconds long. */
  public static final int MAX_BYTES = 512 * 1024;

  private final String contentType;

  SoundFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** The format of {@code data}, or null when it is none of the three. */
  public static @Nullable SoundFormat detect(byte[] data) {
    if (data.length >= 12 && ascii(data, 0, "RIFF") && ascii(data, 8, "WAVE")) {
      return WAV;
    }
    if (data.length >= 4 && ascii(data, 0, "OggS")) {
      return OGG;
    }
    if (data.length >= 3 && ascii(data, 0, "ID3")) {
      return MP3;
    }
    // MPEG audio frame header: 11 set sync bits, a valid version (not 01) and layer III (01)
    if (data.length >= 4
        && (data[0] & 0xFF) == 0xFF
        && (data[1] & 0xE0) == 0xE0
        && (data[1] & 0x18) != 0x08
        && (data[1] & 0x06) == 0x02) {
      return MP3;
    }
    return null;
  }

  /** Why an upload cannot be used. */
  public enum Problem {
    EMPTY("The file is empty."),
    TOO_LARGE("The file is too large: an alarm sound may have at most " + MAX_BYTES / 1024 + " KB."),
    NOT_AUDIO("The file is not a WAV, MP3 or Ogg sound.");

    private final String message;

    Problem(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  /** What is wrong with an upload, or null when it can be used. */
  public static @Nullable Problem problem(byte[] data) {
    if (data.length == 0) {
      return Problem.EMPTY;
    }
    if (data.length > MAX_BYTES) {
      return Problem.TOO_LARGE;
    }
    return detect(data) == null ? Problem.NOT_AUDIO : null;
  }

  private static boolean ascii(byte[] data, int offset, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (data[offset + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
