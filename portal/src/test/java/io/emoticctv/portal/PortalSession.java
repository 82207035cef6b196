package io.emoticctv.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client of the portal: keeps cookies, does not follow redirects, and sends
 * its session's CSRF token with every form post as the portal's pages do.
 */
final class PortalSession {
  private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final PortalFixture portal;
  final HttpClient client;
  private String csrfToken;

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
    csrfToken = null; // the session, and so its token, is replaced on login
    return postWithoutToken("/login", form, portal.uri("").toString());
  }

  /** Submits a login's second step, the two-factor code; the session is replaced when it is right. */
  HttpResponse<String> secondFactor(String code) {
    HttpResponse<String> response = post("/login/2fa", "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    csrfToken = null;
    return response;
  }

  /** The CSRF token of this session, as a page of the portal carries it. */
  String csrfToken() {
    if (csrfToken == null) {
      HttpResponse<String> page = get("/cameras");
      if (page.statusCode() != 200) {
        page = get("/login");
      }
      Matcher meta = CSRF_META.matcher(page.body());
      if (!meta.find()) {
        throw new IllegalStateException("no csrf-token meta tag on " + page.uri());
      }
      csrfToken = meta.group(1);
    }
    return csrfToken;
  }

  /** Posts a form as the portal's own pages do, with the portal as {@code Origin}. */
  HttpResponse<String> post(String path, String form) {
    return post(path, form, portal.uri("").toString());
  }

  /** Posts a form from a page of {@code origin}, or with no {@code Origin} header when null. */
  HttpResponse<String> post(String path, String form, String origin) {
    String token = "_csrf=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8);
    return postWithoutToken(path, form.isEmpty() ? token : token + "&" + form, origin);
  }

  /** Posts a form as a forged request would: without the session's CSRF token. */
  HttpResponse<String> postWithoutToken(String path, String form, String origin) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request.build());
  }

  /** Sends JSON as the portal's own scripts do: with the session's CSRF token in a header. */
  HttpResponse<String> sendJson(String method, String path, String json) {
    return send(HttpRequest.newBuilder(portal.uri(path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Origin", portal.uri("").toString())
        .header("X-CSRF-Token", csrfToken())
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** A file of a multipart form. */
  record FilePart(String field, String fileName, String contentType, byte[] content) {}

  /** Posts a multipart form (with this session's CSRF token first when {@code withToken}). */
  HttpResponse<String> postMultipart(String path, java.util.Map<String, String> fields, java.util.List<FilePart> files, boolean withToken) {
    String boundary = "----emoticctv" + System.nanoTime();
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    if (withToken) {
      all.put("_csrf", csrfToken());
    }
    all.putAll(fields);
    return send(
        HttpRequest.newBuilder(portal.uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Origin", portal.uri("").toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, all, files)))
            .build());
  }

  /** A multipart form's body: the fields, then the files. */
  static byte[] multipart(String boundary, java.util.Map<String, String> fields, java.util.List<FilePart> files) {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    for (FilePart f : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\"" + f.fileName()
          + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(f.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
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

  /** Opens a Server-Sent Events stream and closes it once its status and headers arrived. */
  HttpResponse<InputStream> openStream(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(portal.uri(path)).header("Accept", "text/event-stream").GET().build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
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
