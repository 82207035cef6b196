package io.emoticctv.portal.api;

import io.emoticctv.portal.users.Role;
import java.util.Locale;

/** What an API token may do: read data, change data, or administer. Roles bound them. */
public enum ApiScope {
  READ,
  WRITE,
  ADMIN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Viewers may hold read tokens only, operators read and write, admins all. */
  public boolean allowedFor(Role role) {
    return switch (this) {
      case READ -> true;
      case WRITE -> role != Role.VIEWER;
      case ADMIN -> role == Role.ADMIN;
    };
  }

  static ApiScope parse(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT));
  }
}
