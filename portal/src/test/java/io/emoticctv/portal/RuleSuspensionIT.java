package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.contracts.RuleRecord;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A site declared as a workplace or school gets no alert episodes from the job: every rule goes
 * to the rules topic disabled, and back as stored once the purpose allows alerts. Pages read the
 * site settings once each.
 */
class RuleSuspensionIT {
  static final String SETTINGS = "windowsRetentionDays=30&alertsRetentionDays=30&auditRetentionDays=30"
      + "&attachmentsRetentionDays=30&mapTileUrl=&deploymentPurpose=";

  private static PortalFixture portal;
  private static PortalSession session;
  private static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    portal = PortalFixture.start("rule_suspension");
    portal.insertCamera("cam-1", "One", "Hall");
    session = portal.loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    api = ApiClient.withNewToken(portal, session, "read", "write");
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aRefusedPurposeSendsEveryRuleDisabledAndAnAllowedOneSendsThemAsStored() throws Exception {
    assertThat(api.post("/api/v1/rules", ApiWritesIT.RULE.replace("api-anger", "on-duty")).statusCode()).isEqualTo(201);
    assertThat(api.post("/api/v1/rules", ApiWritesIT.RULE.replace("api-anger", "off-duty").replace("\"enabled\":true", "\"enabled\":false"))
        .statusCode()).isEqualTo(201);
    assertThat(session.get("/rules").body()).doesNotContain("id=\"rules-suspended\"");

    // with the rule the schema ships with: three rules
    assertThat(session.post("/admin/settings", SETTINGS + "EDUCATION").statusCode()).isEqualTo(303);
    assertThat(newest("on-duty").enabled()).as("suspended").isFalse();
    assertThat(newest("on-duty").version()).isEqualTo(1);
    assertThat(newest("off-duty").enabled()).isFalse();
    assertThat(session.get("/rules").body()).contains("id=\"rules-suspended\"").contains("Rules are suspended")
        .contains("declared as Education").contains("Article 5(1)(f)");

    HttpResponse<String> whileSuspended = api.post("/api/v1/rules", ApiWritesIT.RULE.replace("api-anger", "new-duty"));
    assertThat(whileSuspended.statusCode()).isEqualTo(201);
    assertThat(whileSuspended.body()).contains("\"suspended\":true").contains("Rules are suspended");
    assertThat(portal.query("SELECT enabled FROM rules WHERE rule_id = 'new-duty'")).as("stored as given").isEqualTo("t");
    assertThat(newest("new-duty").enabled()).as("published disabled").isFalse();
    assertThat(portal.query("SELECT detail FROM audit_events WHERE action = 'rules.suspend'"))
        .isEqualTo("3 rules published disabled, purpose UNDECLARED -> EDUCATION");

    assertThat(session.post("/admin/settings", SETTINGS + "PUBLIC_SPACE").statusCode()).isEqualTo(303);
    assertThat(newest("on-duty").enabled()).as("resumed").isTrue();
    assertThat(newest("new-duty").enabled()).isTrue();
    assertThat(newest("off-duty").enabled()).as("disabled by its admin").isFalse();
    assertThat(portal.query("SELECT detail FROM audit_events WHERE action = 'rules.resume'"))
        .isEqualTo("4 rules published as stored, purpose EDUCATION -> PUBLIC_SPACE");
    assertThat(session.get("/rules").body()).doesNotContain("id=\"rules-suspended\"");
  }

  @Test
  void aPageReadsTheSiteSettingsOnce() {
    Logger queries = (Logger) LoggerFactory.getLogger("io.micronaut.data.query");
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    Level level = queries.getLevel();
    queries.setLevel(Level.DEBUG);
    queries.addAppender(logged);
    try {
      // both pages' controllers read a setting, and the layout reads the purpose
      for (String page : List.of("/cameras/new", "/rules")) {
        logged.list.clear();
        assertThat(session.get(page).statusCode()).isEqualTo(200);
        assertThat(logged.list.stream().filter(e -> e.getFormattedMessage().contains("site_settings")).count())
            .as(page).isEqualTo(1);
      }
    } finally {
      queries.detachAppender(logged);
      queries.setLevel(level);
    }
  }

  private static RuleRecord newest(String ruleId) throws Exception {
    List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records = portal.topicRecords(portal.rulesTopic, ruleId);
    return RecordCodec.RULES.decode(records.get(records.size() - 1).value());
  }
}
