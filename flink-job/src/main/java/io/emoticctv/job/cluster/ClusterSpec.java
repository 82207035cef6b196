package io.emoticctv.job.cluster;

import java.nio.file.Path;

/**
 * What a local standalone session cluster looks like.
 *
 * @param workDir where the config dir, logs, checkpoints and savepoints go (created)
 * @param classpaths the cluster's classpath (Flink's {@code lib/}) and the job's user jars
 * @param taskManagers number of TaskManager processes
 * @param slotsPerTaskManager task slots of each TaskManager
 * @param jobManagerMemory {@code jobmanager.memory.process.size}, e.g. {@code 1024m}
 * @param taskManagerMemory {@code taskmanager.memory.process.size}, e.g. {@code 1280m}
 * @param prometheus whether each process runs the Prometheus reporter (its jar must be in
 *     {@code classpaths.cluster()})
 */
public record ClusterSpec(
    Path workDir,
    FlinkClasspaths classpaths,
    int taskManagers,
    int slotsPerTaskManager,
    String jobManagerMemory,
    String taskManagerMemory,
    boolean prometheus) {

  public ClusterSpec {
    if (taskManagers < 1 || slotsPerTaskManager < 1) {
      throw new IllegalArgumentException("need at least one TaskManager with one slot");
    }
  }

  /** One JobManager (1 GB) and {@code taskManagers} TaskManagers of 2 slots and 1.25 GB each, with Prometheus. */
  public static ClusterSpec local(Path workDir, FlinkClasspaths classpaths, int taskManagers) {
    return new ClusterSpec(workDir, classpaths, taskManagers, 2, "1024m", "1280m", true);
  }
}
