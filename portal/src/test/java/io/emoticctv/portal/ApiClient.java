package io.emoticctv.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the JSON API as a script would: with a personal token, no cookies. */
final class ApiClient {
  private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"new-token\">(ecc_[A-Za-z0-9_-]+)<");

  private final PortalFixture portal;
  private final String token;
  private final HttpClient http = HttpClient.newHttpClient();

  ApiClient(PortalFixture portal, String token) {
    this.portal = portal;
    this.token = token;
  }

  /** A client with a new token of the signed-in {@code session}'s user, holding {@code scopes}. */
  static ApiClient withNewToken(PortalFixture portal, PortalSession session, String... scopes) {
    String form = "name=test+" + String.join("+", scopes) + "&"
        + Arrays.stream(scopes).map(s -> s + "=true").collect(Collectors.joining("&"));
    HttpResponse<String> page = session.post("/api/tokens", form);
    Matcher shown = SHOWN_TOKEN.matcher(page.body());
    assertThat(shown.find()).as("token shown on the page").isTrue();
    return new ApiClient(portal, shown.group(1));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> download(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String json) {
    return send("POST", path, json);
  }

  HttpResponse<String> put(String path, String json) {
    return send("PUT", path, json);
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<PortalSession.FilePart> files) {
    String boundary = "----emoticctv-api" + System.nanoTime();
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(PortalSession.multipart(boundary, fields, files))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form, as a page would, but with this client's token instead of a session. */
  HttpResponse<String> postForm(String path, String form) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(portal.uri(path)).header("Authorization", "Bearer " + token)
        .header("Accept", "application/json, text/csv, application/pdf");
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
