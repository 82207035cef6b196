package io.emoticctv.portal.web;

import io.micronaut.security.authentication.Authentication;
import java.util.Objects;

/** Who is logged in, as the page header shows it. */
public record SignedInUser(String email, String displayName, String role) {

  public static final String DISPLAY_NAME_ATTRIBUTE = "displayName";

  static SignedInUser of(Authentication authentication) {
    Object displayName = authentication.getAttributes().get(DISPLAY_NAME_ATTRIBUTE);
    return new SignedInUser(
        authentication.getName(),
        Objects.toString(displayName, authentication.getName()),
        authentication.getRoles().stream().findFirst().orElse(""));
  }
}
