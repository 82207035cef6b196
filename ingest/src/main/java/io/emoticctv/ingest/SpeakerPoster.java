package io.emoticctv.ingest;

import io.emoticctv.contracts.AlertRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An IP speaker: POSTs a small JSON document ({@code cameraId}, {@code emotion}, {@code severity},
 * {@code rule}, {@code alertId}) to the camera's {@code speaker-url}; the speaker plays what its
 * own configuration says. Asynchronous: a dead speaker cannot hold up the alerts.
 */
final class SpeakerPoster implements AlarmOutput {
  private static final Logger LOG = LoggerFactory.getLogger(SpeakerPoster.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI url;
  private final HttpClient client;

  SpeakerPoster(URI url, HttpClient client) {
    this.url = url;
    this.client = client;
  }

  static String body(String cameraId, AlertRecord alert) {
    return String.format(
        Locale.ROOT,
        "{\"cameraId\":\"%s\",\"emotion\":\"%s\",\"severity\":\"%s\",\"rule\":\"%s\","
            + "\"alertId\":\"%s\"}",
        json(cameraId),
        alert.emotion().key(),
        alert.severity().name().toLowerCase(Locale.ROOT),
        json(alert.rule()),
        json(alert.alertId()));
  }

  private static String json(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public void sound(String cameraId, AlertRecord alert) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(cameraId, alert)))
            .build();
    client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, error) -> {
              if (error != null || response.statusCode() >= 300) {
                LOG.warn(
                    "camera {}: the speaker did not take the alert ({})",
                    cameraId,
                    error != null ? error.toString() : "HTTP " + response.statusCode());
              }
            });
  }
}
