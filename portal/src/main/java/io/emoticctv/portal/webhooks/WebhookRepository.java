package io.emoticctv.portal.webhooks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebhookRepository extends CrudRepository<Webhook, Long> {

  List<Webhook> listOrderByName();

  List<Webhook> findByEnabled(boolean enabled);
}
