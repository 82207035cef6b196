package io.emoticctv.portal.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every JSON API route shares: the scope check (a clear 403 naming the missing scope) and
 * errors as {@code {"error": "..."}}, with a message per wrong field where a form check found them.
 * The route's role comes from its {@code @Secured}, as on the web pages.
 */
public final class ApiCalls {
  private ApiCalls() {}

  /** The call's answer when {@code who} holds {@code scope}, else 403. */
  public static HttpResponse<?> scoped(Authentication who, ApiScope scope, Supplier<HttpResponse<?>> call) {
    if (!ApiAccess.holds(who, scope)) {
      return error(HttpStatus.FORBIDDEN, "this call needs the " + scope.key() + " scope");
    }
    return call.get();
  }

  public static HttpResponse<?> error(HttpStatus status, String message) {
    return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(Map.of("error", message));
  }

  /** 400 with the form check's message per field. */
  public static HttpResponse<?> invalid(Map<String, String> fieldErrors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "invalid fields: " + String.join(", ", fieldErrors.keySet()));
    body.put("fields", fieldErrors);
    return HttpResponse.badRequest(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /**
   * A JSON object's members as the web form would submit them: text, numbers and booleans as
   * text, null and absent alike; a list's entries are left to the caller's {@code lists}.
   *
   * @param lists the members that may be lists of scalars
   * @throws IllegalArgumentException naming a member that is an object, or a list not in {@code lists}
   */
  public static Map<String, String> formFields(Map<String, Object> json, List<String> lists) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> member : json.entrySet()) {
      Object value = member.getValue();
      if (value == null || lists.contains(member.getKey()) && value instanceof List<?>) {
        continue;
      }
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw new IllegalArgumentException(member.getKey() + " must be a string, number or boolean");
      }
      fields.put(member.getKey(), value.toString());
    }
    return fields;
  }
}
