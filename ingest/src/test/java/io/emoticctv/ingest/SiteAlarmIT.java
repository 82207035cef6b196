package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.emoticctv.contracts.AlertPhase;
import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleSchedule;
import io.emoticctv.infra.servers.KafkaServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * An alert opened for one of the agent's cameras reaches that camera's IP speaker, while its rule
 * (from the rules topic) is within its schedule.
 */
class SiteAlarmIT {

  /** All day, but not today or tomorrow (UTC): a rule that is off while the test runs. */
  private static RuleSchedule offToday() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    EnumSet<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
    days.remove(today.getDayOfWeek());
    days.remove(today.plusDays(1).getDayOfWeek());
    return new RuleSchedule(days, 0, 0, "UTC", List.of());
  }

  @Test
  void anOpenedAlertIsPostedToTheCamerasSpeakerWithinItsRulesScheduleOncePerInterval()
      throws Exception {
    String clip = SharedMedia.clip(SharedMedia.ONE_HEAD_POSE).toString();
    List<String> posts = new CopyOnWriteArrayList<>();
    HttpServer speaker =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    speaker.createContext(
        "/play",
        exchange -> {
          posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    speaker.start();
    KafkaServer kafka = KafkaServer.shared();
    String suffix = UUID.randomUUID().toString();
    String alerts = "alerts-" + suffix;
    String rules = "rules-" + suffix;
    kafka.createTopic(alerts, 1);
    kafka.createTopic(rules, 1);
    Properties p = new Properties();
    p.setProperty("kafka.bootstrap", kafka.bootstrapServers());
    p.setProperty("topics.faces", "faces-" + suffix);
    p.setProperty("topics.camera-status", "status-" + suffix);
    p.setProperty("topics.previews", "previews-" + suffix);
    p.setProperty("topics.alerts", alerts);
    p.setProperty("topics.rules", rules);
    p.setProperty("camera.door.url", clip);
    p.setProperty("camera.door.loop", "true");
    p.setProperty("camera.door.fps", "1");
    p.setProperty(
        "camera.door.speaker-url", "http://127.0.0.1:" + speaker.getAddress().getPort() + "/play");

    try (KafkaProducer<String, byte[]> job =
            new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer());
        IngestAgent agent = IngestAgent.withKafka(IngestConfig.parse(p)).start()) {
      // The portal's rules: rule-1 always on, "closed" off today.
      for (var rule :
          List.of(
              SiteAlarmTest.rule("rule-1", RuleSchedule.ALWAYS, true),
              SiteAlarmTest.rule("closed", offToday(), true))) {
        job.send(new ProducerRecord<>(rules, rule.ruleId(), RecordCodec.RULES.encode(rule)));
      }
      // The agent follows alerts from the moment it has joined the topic, and sounds none before it
      // has read their rules: publish until heard.
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (posts.isEmpty() && System.nanoTime() < deadline) {
        for (var alert :
            List.of(
                SiteAlarmTest.alert(AlertPhase.UPDATED, "door", List.of("door"), Emotion.FEAR),
                SiteAlarmTest.alert(AlertPhase.OPENED, "lobby", List.of("lobby"), Emotion.FEAR),
                SiteAlarmTest.alert(
                    "closed", AlertPhase.OPENED, "door", List.of("door"), Emotion.SADNESS),
                SiteAlarmTest.alert(AlertPhase.OPENED, "door", List.of("door"), Emotion.ANGER))) {
          job.send(
              new ProducerRecord<>(alerts, alert.cameraId(), RecordCodec.ALERTS.encode(alert)));
        }
        job.flush();
        Thread.sleep(500);
      }
      Thread.sleep(1_000); // later OPENED alerts for the door fall within its minute

      assertThat(posts).hasSize(1);
      assertThat(posts.get(0))
          .contains("\"cameraId\":\"door\"")
          .contains("\"emotion\":\"anger\"")
          .contains("\"severity\":\"high\"");
    } finally {
      speaker.stop(0);
    }
  }
}
