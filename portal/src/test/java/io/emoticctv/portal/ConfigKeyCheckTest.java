package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigKeyCheckTest {
  static final Set<String> KNOWN = ConfigKeyCheck.knownKeys(ConfigKeyCheck.SETTINGS);

  @Test
  void everySettingsRecordComponentIsAKnownKey() {
    assertThat(KNOWN)
        .contains(
            "emoticctv.portal.public-base-url",
            "emoticctv.portal.camera-offline-after",
            "emoticctv.kafka.bootstrap-servers",
            "emoticctv.kafka.emotion-windows-topic",
            "emoticctv.admin.password");
  }

  @Test
  void misspeltKeysAreFoundAndOtherNamespacesLeftAlone() {
    assertThat(
            ConfigKeyCheck.unknownKeys(
                List.of(
                    "emoticctv.portal.public-base-url",
                    "emoticctv.portal.publicBaseUrl",
                    "emoticctv.kafka.bootstrap-server",
                    "emoticctv.portal.trend-minutes",
                    "micronaut.server.port",
                    "datasources.default.url"),
                KNOWN))
        .containsExactly("emoticctv.kafka.bootstrap-server", "emoticctv.portal.trend-minutes");
  }
}
