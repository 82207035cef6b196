package io.emoticctv.job.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cluster processes' logback configuration: INFO to {@code logs/<process>.log}. */
final class ClusterLogging {
  static final String FILE_NAME = "logback.xml";

  private ClusterLogging() {}

  static void write(Path configDir) throws IOException {
    Files.writeString(configDir.resolve(FILE_NAME), """
        <configuration>
          <appender name="FILE" class="ch.qos.logback.core.FileAppender">
            <file>${log.file}</file>
            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
          </appender>
          <logger name="org.apache.flink.metrics.MetricGroup" level="ERROR"/>
          <logger name="org.apache.kafka" level="WARN"/>
          <root level="INFO"><appender-ref ref="FILE"/></root>
        </configuration>
        """);
  }
}
