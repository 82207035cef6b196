package io.emoticctv.infra.servers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalServersIT {

  @Test
  void kafkaBrokerDeliversARecord() throws Exception {
    KafkaServer kafka = KafkaServer.shared();
    kafka.createTopic("servers_it", 1);
    send(kafka, "servers_it", "hello");
    assertThat(readAll(kafka, "servers_it")).containsExactly("cam-1=hello");
  }

  @Test
  void aRestartedBrokerKeepsItsRecords(@TempDir Path dataDir) {
    try (KafkaServer first = KafkaServer.start(dataDir, 0)) {
      first.createTopic("kept", 1);
      send(first, "kept", "before-restart");
    }
    try (KafkaServer second = KafkaServer.start(dataDir, 0)) {
      assertThat(readAll(second, "kept")).containsExactly("cam-1=before-restart");
    }
  }

  @Test
  void postgresDatabaseHasTheMigratedSchema() throws Exception {
    PostgresServer pg = PostgresServer.shared();
    String url = pg.createDatabase("servers_it");
    try (var c = DriverManager.getConnection(url, pg.user(), pg.password());
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_name IN ('cameras', 'emotion_windows', 'alerts') ORDER BY 1")) {
      var tables = new java.util.ArrayList<String>();
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
      assertThat(tables).containsExactly("alerts", "cameras", "emotion_windows");
    }
  }

  private static void send(KafkaServer kafka, String topic, String value) {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "cam-1", value)).get();
    } catch (Exception e) {
      throw new AssertionError("cannot send to " + topic, e);
    }
  }

  private static List<String> readAll(KafkaServer kafka, String topic) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "servers-it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      List<String> values = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 20_000;
      while (values.isEmpty() && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.key() + "=" + r.value()));
      }
      return values;
    }
  }

  @Test
  void smtpServerKeepsTheMessage() throws Exception {
    try (MailServer mail = MailServer.start(0)) {
      Properties props = new Properties();
      props.put("mail.smtp.host", "127.0.0.1");
      props.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
      MimeMessage message = new MimeMessage(Session.getInstance(props));
      message.setFrom(new InternetAddress("alerts@emoticctv.local"));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress("operator@example.org"));
      message.setSubject("Sustained anger at Lobby");
      message.setText("test");
      Transport.send(message);
      assertThat(mail.receivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Sustained anger at Lobby");
    }
  }
}
