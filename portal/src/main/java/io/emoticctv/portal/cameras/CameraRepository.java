package io.emoticctv.portal.cameras;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CameraRepository extends GenericRepository<Camera, String> {

  Optional<Camera> findById(String id);

  boolean existsById(String id);

  List<Camera> listOrderByName();

  Camera save(Camera camera);

  Camera update(Camera camera);

  int deleteById(String id);
}
