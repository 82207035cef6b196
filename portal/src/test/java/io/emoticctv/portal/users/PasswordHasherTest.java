package io.emoticctv.portal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aHashMatchesItsPasswordOnly() {
    String hash = hasher.hash("s3cret pass");
    assertThat(hash).startsWith("$2y$12$").hasSize(60);
    assertThat(hasher.matches("s3cret pass", hash)).isTrue();
    assertThat(hasher.matches("s3cret pasS", hash)).isFalse();
    assertThat(hasher.hash("s3cret pass")).as("salted").isNotEqualTo(hash);
  }

  @Test
  void passwordsBcryptWouldTruncateAreRefused() {
    String tooLong = "x".repeat(PasswordHasher.MAX_PASSWORD_BYTES + 1);
    assertThatThrownBy(() -> hasher.hash(tooLong)).hasMessageContaining("72 bytes");
    String hash = hasher.hash("x".repeat(PasswordHasher.MAX_PASSWORD_BYTES));
    assertThat(hasher.matches(tooLong, hash)).isFalse();
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertThat(hasher.matches("anything", "no login")).isFalse();
    assertThat(hasher.matches(null, "no login")).isFalse();
  }
}
