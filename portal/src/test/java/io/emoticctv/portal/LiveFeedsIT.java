package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.EmotionWindow;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.portal.windows.LiveWindowHub;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveFeedsIT {
  static final String CAMERA = "cam-hall";
  private static PortalFixture portal;

  @BeforeAll
  static void startPortal() throws Exception {
    portal = PortalFixture.start("portal_live_feeds");
    portal.insertCamera(CAMERA, "Hall", "Ground floor");
    portal.insertCamera("cam-other", "Other", "Roof");
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aNewWindowReachesTheCamerasServerSentEventSubscribers() throws Exception {
    PortalSession session = portal.session();
    session.login(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    CompletableFuture<HttpResponse<Stream<String>>> stream =
        session.client.sendAsync(
            HttpRequest.newBuilder(portal.uri("/cameras/" + CAMERA + "/live"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    stream.thenAccept(response -> response.body().forEach(lines::add));
    LiveWindowHub hub = portal.bean(LiveWindowHub.class);
    PortalFixture.await("the dashboard stream to subscribe", Duration.ofSeconds(10), () -> hub.subscribers() > 0);

    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    EmotionWindow other = window("cam-other", start, 0, 0, 0, 1, 0, 0, 0);
    EmotionWindow hall = window(CAMERA, start, 1, 0, 0, 2, 1, 0, 0);
    portal.produce(portal.windowsTopic, "cam-other", RecordCodec.EMOTION_WINDOWS.encode(other));
    portal.produce(portal.windowsTopic, CAMERA, RecordCodec.EMOTION_WINDOWS.encode(hall));

    String data = nextData(lines, "window");
    assertThat(stream.get().statusCode()).isEqualTo(200);
    assertThat(stream.get().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    assertThat(data)
        .contains("\"cameraId\":\"cam-hall\"")
        .contains("\"windowStart\":" + start.toEpochMilli())
        .contains("\"faces\":4")
        .contains("\"shares\":[0.25,0.0,0.0,0.5,0.25,0.0,0.0]");
    stream.cancel(true);
  }

  @Test
  void theLiveStreamNeedsALogin() {
    HttpResponse<String> response =
        portal.session().get("/cameras/" + CAMERA + "/live", "text/event-stream");
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void cameraStatusRecordsKeepTheNewestStatusPerCamera() throws Exception {
    long now = System.currentTimeMillis();
    CameraStatus online = status(now, CameraState.ONLINE, now - 200);
    CameraStatus older = status(now - 60_000, CameraState.OFFLINE, 0);
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(online));
    portal.produce(portal.statusTopic, CAMERA, "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
    portal.produce(portal.statusTopic, CAMERA, RecordCodec.CAMERA_STATUS.encode(older));
    portal.produce(portal.statusTopic, "cam-other", RecordCodec.CAMERA_STATUS.encode(
        new CameraStatus(CameraStatus.SCHEMA_VERSION, "cam-other", now, CameraState.CONNECTING, 0, 0, 0, 0, 0, Map.of(), 0, "connection refused")));

    String state = "SELECT state FROM camera_status WHERE camera_id = '" + CAMERA + "'";
    portal.awaitQuery("both cameras' statuses", Duration.ofSeconds(20), "SELECT count(*) FROM camera_status", "2");
    portal.awaitQuery("the newest status to be kept", Duration.ofSeconds(5), state, "ONLINE");
    Thread.sleep(500); // the older, redelivered status must not win even once it is handled
    assertThat(portal.query(state)).isEqualTo("ONLINE");

    portal.insertWindow(window(CAMERA, Instant.ofEpochMilli(now - 20_000), 0, 0, 0, 3, 1, 0, 0));
    PortalSession session = portal.session();
    session.login(PortalFixture.ADMIN_EMAIL, PortalFixture.ADMIN_PASSWORD);
    String page = session.get("/cameras").body();
    assertThat(page).contains("Hall").contains("online").contains("Happiness 75%").contains("Neutral 25%").contains("4 faces");
    assertThat(page).contains("Other").contains("connecting").contains("no windows yet");
  }

  static CameraStatus status(long time, CameraState state, long lastFrame) {
    return new CameraStatus(CameraStatus.SCHEMA_VERSION, CAMERA, time, state, 10, 5, 4, 0, 2, Map.of("small", 2L), lastFrame, null);
  }

  /** The data of the next Server-Sent Event named {@code event}. */
  static String nextData(BlockingQueue<String> lines, String event) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    boolean inEvent = false;
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      if (line.equals("event: " + event) || line.equals("event:" + event)) {
        inEvent = true;
      } else if (inEvent && line.startsWith("data:")) {
        return line.substring("data:".length()).strip();
      } else if (line.isEmpty()) {
        inEvent = false;
      }
    }
    throw new AssertionError("no '" + event + "' event within 15 s");
  }
}
