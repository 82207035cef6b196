package io.emoticctv.job.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlinkConfigFileTest {
  private static final Path WORK = Path.of("/tmp/cluster-work");
  private static final FlinkClasspaths NO_JARS = new FlinkClasspaths(List.of(), List.of());

  @Test
  void portsStateAndReporterAreThoseOfThisCluster() {
    Map<String, String> settings = FlinkConfigFile.settings(ClusterSpec.local(WORK, NO_JARS, 2), 6123, 8081, 6124);

    assertThat(settings)
        .containsEntry("jobmanager.rpc.port", "6123")
        .containsEntry("rest.port", "8081")
        .containsEntry("blob.server.port", "6124")
        .containsEntry("taskmanager.numberOfTaskSlots", "2")
        .containsEntry("state.backend.type", "hashmap")
        .containsEntry("execution.checkpointing.dir", "file:///tmp/cluster-work/checkpoints")
        .containsEntry("execution.checkpointing.savepoint-dir", "file:///tmp/cluster-work/savepoints")
        .containsEntry("metrics.reporter.prom.factory.class",
            "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
    assertThat(FlinkConfigFile.yaml(settings))
        .contains("execution.checkpointing.dir: 'file:///tmp/cluster-work/checkpoints'\n");
  }

  @Test
  void withoutPrometheusNoReporterIsConfigured() {
    ClusterSpec spec = new ClusterSpec(WORK, NO_JARS, 1, 1, "1024m", "1280m", false);

    assertThat(FlinkConfigFile.settings(spec, 1, 2, 3).keySet()).noneMatch(key -> key.startsWith("metrics.reporter"));
  }
}
