package io.emoticctv.job.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessMemoryParamsTest {

  @Test
  void theFirstResultLineHoldsJvmFlagsAndTheSecondTheDynamicOptions() {
    ProcessMemoryParams params = ProcessMemoryParams.parse("""
        12:00:01.000 INFO  o.a.f.r.u.c.m.ProcessMemoryUtils - The derived from fraction jvm overhead memory
        BASH_JAVA_UTILS_EXEC_RESULT:-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458
        BASH_JAVA_UTILS_EXEC_RESULT:-D taskmanager.cpu.cores=2.0 -D taskmanager.memory.network.min=134217730b
        """);

    assertThat(params.jvmFlags()).containsExactly("-Xmx536870902", "-Xms536870902", "-XX:MaxDirectMemorySize=268435458");
    assertThat(params.dynamicOptions()).containsExactly(
        "-D", "taskmanager.cpu.cores=2.0", "-D", "taskmanager.memory.network.min=134217730b");
  }

  @Test
  void outputWithoutAResultIsAnError() {
    assertThatThrownBy(() -> ProcessMemoryParams.parse("Exception in thread main"))
        .hasMessageContaining("no BASH_JAVA_UTILS_EXEC_RESULT: line");
  }
}
