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
 *   <li>{@code topics.previews} — preview images topic, default {@code previews}
 *   <li>{@code quality.min-face-px} — faces narrower or lower than this (frame pixels) are rejected
 *       as {@code small}, default 12
 *   <li>{@code quality.min-sharpness} — crops whose variance of the Laplacian (at most 48 px) is
 *       below this are rejected as {@code blurry}, default 15
 *   <li>{@code quality.max-yaw-degrees} — heads turned further (estimated from BlazeFace's eye and
 *       nose keypoints) are rejected as {@code pose}, default 45
 *   <li>{@code quality.max-roll-degrees} — heads tilted further are rejected as {@code pose},
 *       default 60 (the crop is levelled on the eyes, so moderate tilt is fine)
 *   <li>{@code previews.per-second} — at most this many preview JPEGs per camera per second, 0 =
 *       none, default 1
 *   <li>{@code previews.max-side} — the previews' longer side in pixels, default 320
 *   <li>{@code detection.full-scan-interval-s} — BlazeFace: seconds between full-frame scans; in
 *       between, known faces are re-found around their last place, and a face walking into view is
 *       found within this time. Default 2 (shorter costs more CPU per camera)
 *   <li>{@code probes.enabled} — {@code true}: answer the portal's "test connection" requests,
 *       default {@code false}
 *   <li>{@code topics.camera-probes} — probe requests, default {@code camera-probes}
 *   <li>{@code topics.camera-probe-results} — probe answers, default {@code camera-probe-results}
 *   <li>{@code topics.alerts} — the job's alerts, followed for the site's speakers, default {@code
 *       alerts}
 *   <li>{@code topics.rules} — the portal's compacted alert rules, followed with the alerts: an
 *       alert sounds only while its rule is enabled and within its schedule; default {@code rules}
 *   <li>{@code sounds.<emotion>} — a WAV file played on this host's sound card when an alert for
 *       that emotion opens on one of this agent's cameras without a speaker ({@code <emotion>}:
 *       anger, disgust, fear, happiness, neutral, sadness, surprise); none by default
 *   <li>{@code sounds.min-interval-ms} — a camera's alerts are sounded at most once per this
 *       interval, default 60000
 *   <li>{@code probes.timeout-ms} — how long a probe waits for the source to answer and send its
 *       first frame, 500..60000, default 10000
 *   <li>{@code cameras.from-topic} — {@code true}: also run the cameras the portal publishes to its
 *       compacted cameras topic, and start, restart or stop each one as the portal adds, changes,
 *       disables or removes it, without restarting anything else; default {@code false}. A camera
 *       of this file wins over a portal camera with the same id. Portal cameras use the default
 *       {@code min-face-px} and detector; a local file source loops.
 *   <li>{@code topics.cameras} — the portal's cameras topic, default {@code cameras}
 *   <li>{@code camera.<id>.url} — one per camera: a file path, {@code rtsp://} (RTP over TCP or
 *       UDP), {@code http(s)://} (MJPEG multipart/x-mixed-replace, HLS .m3u8), or a local V4L2
 *       device as {@code v4l2:/dev/video0}; {@code <id>} is the camera id (letters, digits, '_',
 *       '-')
 *   <li>{@code camera.<id>.fps} — frames analysed per second, default 5
 *   <li>{@code camera.<id>.loop} — for a file: start again when it ends, default false
 *   <li>{@code camera.<id>.min-face-px} — smallest face to look for, in frame pixels, default 12
 *       (smaller faces cost CPU: Haar upscales the frame below 24 px, BlazeFace cuts it into tiles
 *       of {@code 256 * min-face-px / 18} px)
 *   <li>{@code camera.<id>.detector} — {@code blazeface} (default), {@code blazeface-full-range}
 *       (full scans with MediaPipe's full-range model) or {@code haar} (fallback)
 *   <li>{@code camera.<id>.rtsp-transport} — {@code tcp} (default) or {@code udp}
 *   <li>{@code camera.<id>.speaker-url} — an IP speaker (http/https) that gets a JSON POST when an
 *       alert opens for the camera, instead of the local sound card
 *   <li>{@code camera.<id>.privacy-blur} — blur faces in the camera's previews, default {@code
 *       true} (a portal camera takes its {@code privacyBlur})
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
