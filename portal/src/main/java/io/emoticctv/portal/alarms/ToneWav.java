package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The console's built-in alarm sounds: short sine beeps as 8 kHz 16-bit mono PCM WAV, higher and
 * more numerous the more severe the alert, so operators tell them apart without looking. Made
 * in memory rather than shipped, so there is no binary to maintain.
 */
public final class ToneWav {
  static final int SAMPLE_RATE = 8000;
  static final double BEEP_SECONDS = 0.15;
  static final double GAP_SECONDS = 0.08;

  private ToneWav() {}

  /** LOW: one 440 Hz beep; MEDIUM: two at 660 Hz; HIGH: three at 880 Hz; CRITICAL: four at 1100 Hz. */
  public static byte[] forSeverity(Severity severity) {
    int level = severity.ordinal() + 1;
    return beeps(220 + 220 * level, level);
  }

  static byte[] beeps(double frequency, int count) {
    int beep = (int) (SAMPLE_RATE * BEEP_SECONDS);
    int gap = (int) (SAMPLE_RATE * GAP_SECONDS);
    int samples = count * beep + (count - 1) * gap;
    ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int b = 0; b < count; b++) {
      for (int i = 0; i < beep; i++) {
        // a 10 ms fade in and out avoids clicks
        double envelope = Math.min(1, Math.min(i, beep - i) / (SAMPLE_RATE * 0.01));
        pcm.putShort((short) (0.5 * Short.MAX_VALUE * envelope * Math.sin(2 * Math.PI * frequency * i / SAMPLE_RATE)));
      }
      if (b < count - 1) {
        pcm.position(pcm.position() + gap * 2);
      }
    }
    return wav(pcm.array());
  }

  private static byte[] wav(byte[] pcm) {
    ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
    header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    header.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
    header.put("data".getBytes()).putInt(pcm.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
    out.writeBytes(header.array());
    out.writeBytes(pcm);
    return out.toByteArray();
  }
}
