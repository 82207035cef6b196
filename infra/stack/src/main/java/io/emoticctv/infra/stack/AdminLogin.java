package io.emoticctv.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first admin's login. Generated on the first start and kept (owner-readable only) in the
 * data folder, so later starts print the same login; the portal only uses it while it has no
 * users at all.
 */
public record AdminLogin(String email, String password) {
  static final String EMAIL = "admin@emoticctv.local";

  public static AdminLogin inDataDir(Path dataDir) {
    Path file = dataDir.resolve("admin-password.txt");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDir);
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return new AdminLogin(EMAIL, Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
