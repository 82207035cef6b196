package io.emoticctv.portal.users;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the configured ADMIN when no user exists yet, so a fresh installation can be logged
 * into. Refuses to start a portal nobody could log into.
 */
@Context
final class FirstAdminAccount {
  static final int MIN_PASSWORD_LENGTH = 8;
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdminAccount.class);

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AdminAccountSettings settings;

  FirstAdminAccount(UserRepository users, PasswordHasher hasher, AdminAccountSettings settings) {
    this.users = users;
    this.hasher = hasher;
    this.settings = settings;
  }

  @PostConstruct
  void createIfNoUsers() {
    if (users.count() > 0) {
      return;
    }
    if (!settings.isComplete()) {
      throw new ConfigurationException(
          "the users table is empty: set EMOTICCTV_ADMIN_EMAIL and EMOTICCTV_ADMIN_PASSWORD"
              + " (emoticctv.admin.email/password) to create the first ADMIN");
    }
    if (settings.password().length() < MIN_PASSWORD_LENGTH) {
      throw new ConfigurationException(
          "emoticctv.admin.password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    UserAccount admin =
        users.save(
            UserAccount.create(
                settings.email(), "Administrator", hasher.hash(settings.password()), Role.ADMIN));
    LOG.info("Created the first ADMIN account {}", admin.email());
  }
}
