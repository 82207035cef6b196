package io.emoticctv.job.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the compacted settings topics ({@code rules}, {@code cameras}) when they do not exist
 * yet. The job reads them from the start; a missing topic would fail the job, while a new site
 * simply has no rules or cameras published yet.
 */
public final class SettingsTopics {
  private SettingsTopics() {}

  public static void ensureExist(String bootstrapServers, List<String> topics) throws InterruptedException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      for (String topic : topics) {
        NewTopic compacted = new NewTopic(topic, Optional.of(1), Optional.empty())
            .configs(Map.of("cleanup.policy", "compact"));
        try {
          admin.createTopics(List.of(compacted)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create settings topic " + topic, e.getCause());
          }
        }
      }
    }
  }
}
