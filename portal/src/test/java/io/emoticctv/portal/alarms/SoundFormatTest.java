package io.emoticctv.portal.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.Severity;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SoundFormatTest {

  @Test
  void soundsAreRecognisedByTheirContent() {
    assertThat(SoundFormat.detect(ToneWav.forSeverity(Severity.HIGH))).isEqualTo(SoundFormat.WAV);
    assertThat(SoundFormat.detect(bytes("OggS\0\2\0\0"))).isEqualTo(SoundFormat.OGG);
    assertThat(SoundFormat.detect(bytes("ID3\4\0\0\0\0"))).isEqualTo(SoundFormat.MP3);
    // an MPEG-1 layer III frame header without an ID3 tag
    assertThat(SoundFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64})).isEqualTo(SoundFormat.MP3);
  }

  @Test
  void otherFilesAreRefusedWhateverTheyAreCalled() {
    assertThat(SoundFormat.detect(bytes("<html><script>"))).isNull();
    assertThat(SoundFormat.detect(bytes("RIFF\0\0\0\0AVI "))).as("a RIFF video").isNull();
    assertThat(SoundFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).as("a JPEG").isNull();
    assertThat(SoundFormat.problem(new byte[0])).isEqualTo(SoundFormat.Problem.EMPTY);
    assertThat(SoundFormat.problem(bytes("GIF89a"))).isEqualTo(SoundFormat.Problem.NOT_AUDIO);
  }

  @Test
  void largeFilesAreRefused() {
    byte[] big = new byte[SoundFormat.MAX_BYTES + 1];
    System.arraycopy(bytes("OggS"), 0, big, 0, 4);
    assertThat(SoundFormat.problem(big)).isEqualTo(SoundFormat.Problem.TOO_LARGE);
    assertThat(SoundFormat.Problem.TOO_LARGE.message()).contains("at most 512 KB");
    assertThat(SoundFormat.problem(ToneWav.forSeverity(Severity.LOW))).isNull();
  }

  @Test
  void builtInTonesAreValidPcmWavesThatGrowWithSeverity() {
    byte[] low = ToneWav.forSeverity(Severity.LOW);
    byte[] critical = ToneWav.forSeverity(Severity.CRITICAL);
    ByteBuffer header = ByteBuffer.wrap(low).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(header.getInt(4)).isEqualTo(low.length - 8);
    assertThat(header.getShort(20)).as("PCM").isEqualTo((short) 1);
    assertThat(header.getInt(24)).isEqualTo(ToneWav.SAMPLE_RATE);
    assertThat(header.getInt(40)).isEqualTo(low.length - 44);
    assertThat(critical.length).isGreaterThan(3 * low.length);
    assertThat(low.length).isLessThan(8 * 1024);
  }

  @Test
  void durationsReadNaturally() {
    assertThat(DurationText.of(45_000)).isEqualTo("45 s");
    assertThat(DurationText.of(250_000)).isEqualTo("4 min 10 s");
    assertThat(DurationText.of(7_500_000)).isEqualTo("2 h 05 min");
    assertThat(DurationText.of(-5)).isEqualTo("0 s");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
