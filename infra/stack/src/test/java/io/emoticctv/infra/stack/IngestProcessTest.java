package io.emoticctv.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestProcessTest {

  @Test
  void theAgentConfigListsEveryDemoCamera() {
    var endpoints = new Endpoints("127.0.0.1:9092", "jdbc:postgresql://x/y", "u", "p", 25);
    String config = IngestProcess.agentConfig(endpoints, DemoCameras.in(Path.of("/demo")));
    assertThat(config)
        .startsWith("kafka.bootstrap=127.0.0.1:9092\ncameras.from-topic=true\nprobes.enabled=true\n")
        .contains("camera.classroom.url=/demo/classroom.mp4\n")
        .contains("camera.walkway.url=/demo/face-demographics-walking-and-pause.mp4\n")
        .contains("camera.desk-pair.fps=5.0\n")
        .contains("camera.desk-single.loop=true\n")
        .contains("camera.classroom.min-face-px=12\n")
        .contains("camera.walkway.min-face-px=24\n");
  }
}
