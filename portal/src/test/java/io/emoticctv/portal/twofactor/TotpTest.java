package io.emoticctv.portal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
  /** RFC 6238 Appendix B's SHA-1 seed. */
  static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "T={0}s -> {1}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void computesTheRfc6238TestVectors(long epochSecond, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(epochSecond));
    assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
    // the 6 digits an app shows are the same number, modulo 10^6
    assertThat(Totp.code(RFC_SECRET, step, Totp.DIGITS)).isEqualTo(expected.substring(2));
  }

  @Test
  void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
    Instant now = Instant.ofEpochSecond(1111111111);
    long step = Totp.step(now);
    for (long s = step - 1; s <= step + 1; s++) {
      assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, s, 6), now)).hasValue(s);
    }
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
  }

  @Test
  void base32FollowsRfc4648WithoutPadding() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
    assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    assertThat(Base32.decode(Base32.encode(RFC_SECRET))).isEqualTo(RFC_SECRET);
    assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThatThrownBy(() -> Base32.decode("ABC1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEnrolmentCarriesTheSecretInAnOtpauthUriAndAQrCode() {
    String secret = TotpEnrolment.newSecret();
    assertThat(Base32.decode(secret)).hasSize(20);
    TotpEnrolment enrolment = TotpEnrolment.of(secret, "nia@emoticctv.test");
    assertThat(enrolment.otpauthUri())
        .isEqualTo("otpauth://totp/EmotiCCTV%3Ania%40emoticctv.test?secret=" + secret
            + "&issuer=EmotiCCTV&algorithm=SHA1&digits=6&period=30");
    assertThat(enrolment.qrCodeDataUri()).startsWith("data:image/png;base64,iVBORw0KGgo");
  }

  @Test
  void recoveryCodesAreRandomOneTimeCodesStoredAsTheirHash() {
    var codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
    assertThat(codes).allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}")).allMatch(RecoveryCodes::looksLikeOne);
    String code = codes.get(0);
    assertThat(RecoveryCodes.hash(code)).hasSize(64).doesNotContain(code.replace("-", ""));
    assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code));
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
  }

  @Test
  void aRecoveryCodeIsStoredAsTheSha256OfItsCharactersWithoutDashesSpacesOrCase() {
    String stored = "dd5ed38b17f434b2ebbdeb5af52a6ab2e9a53f0c18d45d1dca9825f82d92fb38";
    assertThat(RecoveryCodes.hash("k7qa-3mzx-p2hd-w9tb")).isEqualTo(stored);
    assertThat(RecoveryCodes.hash(" K7QA 3MZX P2HD W9TB ")).isEqualTo(stored);
  }
}
