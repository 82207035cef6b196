package io.emoticctv.portal.webhooks;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One signed HTTP POST of a delivery. Redirects are not followed (a moved endpoint is a failure
 * the admin should see); any 2xx answer is a success.
 */
@Singleton
final class WebhookSender {
  private static final int MAX_ERROR = 300;

  private final HttpClient client;
  private final Duration timeout;

  WebhookSender(WebhookSettings settings) {
    this.timeout = settings.timeout();
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * @param responseCode the endpoint's HTTP status, null when none came
   * @param error why the attempt failed, null when it succeeded
   */
  record Outcome(@Nullable Integer responseCode, @Nullable String error, int latencyMs) {
    boolean delivered() {
      return error == null;
    }
  }

  Outcome post(String url, String body, WebhookDelivery delivery, String secret, long epochSecond) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "EmotiCCTV-Webhooks")
            .header(WebhookSignature.EVENT_HEADER, delivery.event())
            .header(WebhookSignature.DELIVERY_HEADER, Long.toString(delivery.id()))
            .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(epochSecond))
            .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, epochSecond, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      int code = response.statusCode();
      // Only the start of an error page is kept; the rest of any answer is not read.
      try (InputStream answer = response.body()) {
        String error = code / 100 == 2 ? null : clip("HTTP " + code + " " + new String(answer.readNBytes(MAX_ERROR), StandardCharsets.UTF_8).strip());
        return new Outcome(code, error, millisSince(start));
      }
    } catch (IOException | IllegalArgumentException e) {
      return new Outcome(null, clip(e.getClass().getSimpleName() + ": " + e.getMessage()), millisSince(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted: the portal is stopping", millisSince(start));
    }
  }

  private static int millisSince(long startNanos) {
    return (int) ((System.nanoTime() - startNanos) / 1_000_000);
  }

  private static String clip(String text) {
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
  }
}
