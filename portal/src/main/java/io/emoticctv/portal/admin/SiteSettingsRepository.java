package io.emoticctv.portal.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SiteSettingsRepository extends CrudRepository<SiteSettings, Integer> {

  /** The stored SMTP password, empty when none; kept out of {@link SiteSettings}. */
  @Query("SELECT smtp_password FROM site_settings WHERE id = 1")
  String findSmtpPassword();

  @Query("UPDATE site_settings SET smtp_password = :password WHERE id = 1")
  void updateSmtpPassword(String password);
}
