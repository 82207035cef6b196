package io.emoticctv.job.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.infra.servers.KafkaServer;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

class SettingsTopicsIT {

  @Test
  void missingSettingsTopicsAreCreatedCompactedAndExistingOnesAreKept() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    kafka.createTopic("settings-it-cameras", 1);
    SettingsTopics.ensureExist(kafka.bootstrapServers(), List.of("settings-it-rules", "settings-it-cameras"));
    SettingsTopics.ensureExist(kafka.bootstrapServers(), List.of("settings-it-rules")); // again: no error

    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      var rules = new ConfigResource(ConfigResource.Type.TOPIC, "settings-it-rules");
      var cameras = new ConfigResource(ConfigResource.Type.TOPIC, "settings-it-cameras");
      var configs = admin.describeConfigs(List.of(rules, cameras)).all().get();
      assertThat(configs.get(rules).get("cleanup.policy").value()).isEqualTo("compact");
      assertThat(configs.get(cameras).get("cleanup.policy").value()).isEqualTo("delete");
    }
  }
}
