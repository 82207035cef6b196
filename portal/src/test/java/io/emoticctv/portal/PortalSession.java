package io.emoticctv.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A browser-like HTTP client of the portal: keeps cookies, does not follow redirects. */
final class PortalSession {
  private final PortalFixture portal;
  final HttpClient client;

  PortalSession(PortalFixture portal) {
    this.portal = portal;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Submits the login form; the response is the redirect the form leads to. */
  HttpResponse<String> login(String email, String password) {
    String form =
        "username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return post("/login", form);
  }

  /** Posts a form as the portal's own pages do, with the portal as {@code Origin}. */
  HttpResponse<String> post(String path, String form) {
    return post(path, form, portal.uri("").toString());
  }

  /** Posts a form from a page of {@code origin}, or with no {@code Origin} header when null. */
  HttpResponse<String> post(String path, String form, String origin) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request.build());
  }

  /** {@code name=Lobby&location=...}, each value URL-encoded. */
  static String form(java.util.Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (k, v) -> {
          if (form.length() > 0) {
            form.append('&');
          }
          form.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return form.toString();
  }

  HttpResponse<String> get(String path) {
    return get(path, "text/html");
  }

  HttpResponse<String> get(String path, String accept) {
    return send(HttpRequest.newBuilder(portal.uri(path)).header("Accept", accept).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
