package io.emoticctv.portal.users;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first ADMIN account ({@code emoticctv.admin.email|password}), created on startup when
 * {@code users} is empty; ignored afterwards.
 */
@ConfigurationProperties("emoticctv.admin")
public record AdminAccountSettings(@Nullable String email, @Nullable String password) {

  boolean isComplete() {
    return email != null && !email.isBlank() && password != null && !password.isEmpty();
  }
}
