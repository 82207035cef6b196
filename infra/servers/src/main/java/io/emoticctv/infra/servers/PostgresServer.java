package io.emoticctv.infra.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL server: either embedded from Maven artifacts (plain PostgreSQL, no
 * extensions) or the machine's own PostgreSQL 15 with TimescaleDB preloaded. Databases it hands
 * out are migrated with the project's Flyway schema.
 */
public final class PostgresServer implements AutoCloseable {
  /** Role the local TimescaleDB server is set up with by {@code infra/timescaledb-setup.sh}. */
  static final String LOCAL_USER = "emoticctv";

  private static PostgresServer shared;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final EmbeddedPostgres embedded;

  private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  /** One embedded plain PostgreSQL for the whole test JVM, in a temporary directory. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = JvmScopedServers.startInTempDir("postgres", dir -> startEmbedded(dir, 0));
    }
    return shared;
  }

  /** Starts an embedded PostgreSQL whose data stays in {@code dataDir}; port 0 picks one. */
  public static PostgresServer startEmbedded(Path dataDir, int port) {
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(FreePorts.orPick(port))
              .start();
      return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "postgres", pg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDir, e);
    }
  }

  /**
   * The machine's PostgreSQL on 127.0.0.1:5432 when it runs with TimescaleDB preloaded and the
   * project's role exists (see {@code infra/timescaledb-setup.sh}); empty otherwise.
   */
  public static Optional<PostgresServer> localTimescale() {
    PostgresServer local = new PostgresServer("127.0.0.1", 5432, LOCAL_USER, LOCAL_USER, null);
    try (Connection c = local.connect("postgres");
        var rs =
            c.createStatement()
                .executeQuery("SELECT current_setting('timescaledb.max_background_workers', true) IS NOT NULL")) {
      return rs.next() && rs.getBoolean(1) ? Optional.of(local) : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** A new, empty, migrated database (an existing one of that name is dropped first). */
  public String createDatabase(String name) {
    requireIdentifier(name);
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    execute("CREATE DATABASE " + name);
    return migrate(name);
  }

  /** The database, created if missing and migrated to the current schema; data is kept. */
  public String ensureDatabase(String name) {
    requireIdentifier(name);
    try (Connection c = connect("postgres");
        var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      st.setString(1, name);
      if (!st.executeQuery().next()) {
        c.createStatement().execute("CREATE DATABASE " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return migrate(name);
  }

  private String migrate(String database) {
    String url = jdbcUrl(database);
    Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    return url;
  }

  private void execute(String sql) {
    try (Connection c = connect("postgres")) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), user, password);
  }

  private static void requireIdentifier(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("database names are lower-case identifiers: " + name);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
