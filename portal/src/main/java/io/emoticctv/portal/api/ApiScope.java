package io.emoticctv.portal.api;

import io.emoticctv.portal.users.Role;
import java.util.Locale;

/**
 * What an API token may do: read data, change data, administer, or report and follow issues (which
 * every role may do on the pages). Roles bound them.
 */
public enum ApiScope {
  READ,
  WRITE,
  ADMIN,
  ISSUES;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Viewers may hold read and issues tokens only, operators read, write and issues, admins all. */
  public boolean allowedFor(Role role) {
    return switch (this) {
      case READ, ISSUES -> true;
      case WRITE -> role != Role.VIEWER;
      case ADMIN -> role == Role.ADMIN;
    };
  }

  static ApiScope parse(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT));
  }
}
