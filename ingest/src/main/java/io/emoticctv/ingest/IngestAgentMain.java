package io.emoticctv.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ingest agent: {@code IngestAgentMain --config FILE}.
 *
 * <p>FILE is a properties file with these keys (any other key is an error):
 *
 * <ul>
 *   <li>{@code kafka.bootstrap} — Kafka bootstrap servers, required
 *   <li>{@code topics.faces} — face crops topic, default {@code faces}
 *   <li>{@code topics.camera-status} — camera status topic, default {@code camera-status}
 *   <li>{@code cameras.from-topic} — {@code true}: also run the cameras the portal publishes to its
 *       compacted cameras topic, and start, restart or stop each one as the portal adds, changes,
 *       disables or removes it, without restarting anything else; default {@code false}. A camera
 *       of this file wins over a portal camera with the same id. Portal cameras use the default
 *       {@code min-face-px} and detector; a local file source loops.
 *   <li>{@code topics.cameras} — the portal's cameras topic, default {@code cameras}
 *   <li>{@code camera.<id>.url} — one per camera: a file path or any URL FFmpeg opens (rtsp://,
 *       http://); {@code <id>} is the camera id (letters, digits, '_', '-')
 *   <li>{@code camera.<id>.fps} — frames analysed per second, default 5
 *   <li>{@code camera.<id>.loop} — for a file: start again when it ends, default false
 *   <li>{@code camera.<id>.min-face-px} — smallest face to look for, in frame pixels, default 12
 *       (smaller faces cost CPU: Haar upscales the frame below 24 px, BlazeFace cuts it into
 *       tiles of {@code 256 * min-face-px / 18} px)
 *   <li>{@code camera.<id>.detector} — {@code blazeface} (default) or {@code haar} (fallback)
 * </ul>
 *
 * <p>Without {@code cameras.from-topic=true}, at least one {@code camera.<id>.url} is required.
 *
 * <p>Stops cleanly on SIGTERM: the portal follower stops, cameras report STOPPED and buffered
 * records are flushed. Without {@code cameras.from-topic}, exits by itself once every camera has
 * ended (only files without loop end).
 */
public final class IngestAgentMain {
  private IngestAgentMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "ingest-logback.xml");
    }
    Logger log = LoggerFactory.getLogger(IngestAgentMain.class);
    if (args.length != 2 || !args[0].equals("--config")) {
      System.err.println("usage: IngestAgentMain --config FILE");
      System.exit(2);
    }
    IngestConfig config;
    try {
      config = IngestConfig.load(Path.of(args[1]));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("cannot start the ingest agent: " + e.getMessage());
      System.exit(2);
      return;
    }
    IngestAgent agent = IngestAgent.withKafka(config);
    Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "ingest-shutdown"));
    agent.start();
    while (!agent.awaitCameras(Duration.ofDays(1))) {
      log.debug("cameras still running");
    }
    agent.close();
  }
}
