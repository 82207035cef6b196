package io.emoticctv.portal.admin;

import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.users.Role;
import io.emoticctv.portal.users.UserAccount;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Admins change users' roles, disable and delete them; each change is audited. An admin cannot
 * demote, disable or delete their own account, so a site never loses its last way in by mistake.
 */
@Singleton
class UserAdministration {
  private final AdminUserRepository users;
  private final AuditTrail audit;

  UserAdministration(AdminUserRepository users, AuditTrail audit) {
    this.users = users;
    this.audit = audit;
  }

  List<UserAccount> search(String text) {
    return users.search(text == null ? "" : text.strip());
  }

  /** Refused changes are reported with the reason; success returns empty. */
  Optional<String> changeRole(long id, String role, String who) {
    Role parsed;
    try {
      parsed = Role.valueOf(role == null ? "" : role);
    } catch (IllegalArgumentException e) {
      return Optional.of("The role must be ADMIN, OPERATOR or VIEWER.");
    }
    return change(id, who, user -> {
      users.updateRole(id, parsed.name());
      audit.record(who, "user.role", user.email(), user.role() + " -> " + parsed);
    });
  }

  Optional<String> setEnabled(long id, boolean enabled, String who) {
    return change(id, who, user -> {
      users.updateEnabled(id, enabled);
      audit.record(who, enabled ? "user.enable" : "user.disable", user.email(), "");
    });
  }

  Optional<String> delete(long id, String who) {
    return change(id, who, user -> {
      users.deleteUser(id);
      audit.record(who, "user.delete", user.email(), "was " + user.role());
    });
  }

  private Optional<String> change(long id, String who, java.util.function.Consumer<UserAccount> action) {
    Optional<UserAccount> user = users.findById(id);
    if (user.isEmpty()) {
      return Optional.of("There is no such user.");
    }
    if (user.get().email().equals(who)) {
      return Optional.of("You cannot change your own account here; ask another admin.");
    }
    action.accept(user.get());
    return Optional.empty();
  }
}
