package io.emoticctv.job.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * A job as {@code flink run} takes it: the jar with the entry point and, as with {@code flink
 * run -C}, further jars of user code that every cluster process can read at the same path.
 *
 * @param jar the job jar: the module's cluster jar (all user code inside, {@code classpath}
 *     empty) or its plain jar with the dependencies in {@code classpath}
 * @param classpath additional user jars
 * @param mainClass the job's {@code main}
 */
public record JobJar(Path jar, List<Path> classpath, String mainClass) {
  public JobJar {
    classpath = List.copyOf(classpath);
  }
}
