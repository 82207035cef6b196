package io.emoticctv.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

  @Test
  void defaultsServeThePortalOn8080AndKeepDataInDataFolder() {
    StackOptions options = StackOptions.parse(new String[0]);
    assertThat(options.portalPort()).isEqualTo(8080);
    assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
  }

  @Test
  void optionsOverrideTheDefaults() {
    StackOptions options = StackOptions.parse(new String[] {"--port", "9000", "--data", "/tmp/x"});
    assertThat(options.portalPort()).isEqualTo(9000);
    assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
  }

  @Test
  void badOptionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--colour", "red"}))
        .hasMessageStartingWith("unknown option --colour");
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--port", "80000"}))
        .hasMessage("not a port: 80000");
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--port"}))
        .hasMessage("missing value for --port");
  }
}
