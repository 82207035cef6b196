package io.emoticctv.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local stack and the cluster deployment run the same emotion model. */
class ModelChoiceTest {
  private static final StackLayout LAYOUT = StackLayout.fromWorkingDirectory();

  @Test
  void theClusterImageShipsAndTheDeploymentLoadsTheStacksModel() throws Exception {
    String model = LAYOUT.fastModel().getFileName().toString();
    assertThat(Files.isRegularFile(LAYOUT.fastModel().resolve("model.json"))).as(model).isTrue();

    assertThat(Files.readString(k8s("flink/Dockerfile")))
        .contains("COPY " + StackLayout.FAST_MODEL + "/ /opt/emoticctv/models/" + model + "/");
    assertThat(Files.readString(k8s("flink-deployment.yaml")))
        .containsSubsequence("- --model.dir", "- /opt/emoticctv/models/" + model + "\n");
  }

  private static Path k8s(String file) {
    return LAYOUT.repoRoot().resolve("infra/k8s").resolve(file);
  }
}
