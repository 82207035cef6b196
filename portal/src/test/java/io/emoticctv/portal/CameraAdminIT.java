package io.emoticctv.portal;

import static io.emoticctv.portal.PortalFixture.ADMIN_EMAIL;
import static io.emoticctv.portal.PortalFixture.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.CameraConfigRecord;
import io.emoticctv.contracts.RecordCodec;
import io.emoticctv.infra.servers.KafkaServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Site admins manage cameras over HTTP; rows and the compacted {@code cameras} topic follow. */
class CameraAdminIT {
  static final String OPERATOR = "operator@emoticctv.test";
  static final String VIEWER = "viewer@emoticctv.test";
  static final String PASSWORD = "operator password 1";

  private static PortalFixture portal;
  private static PortalSession admin;

  @BeforeAll
  static void startPortal() throws Exception {
    portal = PortalFixture.start("portal_camera_admin");
    portal.insertCamera("cam-seeded", "Seeded", "Stored before the portal started");
    portal.insertUserWithPassword(OPERATOR, "OPERATOR", PASSWORD);
    portal.insertUserWithPassword(VIEWER, "VIEWER", PASSWORD);
    admin = portal.loggedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopPortal() {
    if (portal != null) {
      portal.close();
    }
  }

  static Map<String, String> lobby(String id) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id", id);
    form.put("name", "Lobby east");
    form.put("location", "Building A, main entrance");
    form.put("description", "Faces the revolving door");
    form.put("sourceUrl", "rtsp://viewer:s3cret@10.0.0.7:554/stream1");
    form.put("latitude", "52.5200");
    form.put("longitude", "13.4050");
    form.put("zone", "Ground floor");
    form.put("analysisFps", "2.5");
    form.put("enabled", "true");
    form.put("privacyBlur", "true");
    return form;
  }

  @Test
  void anAdminAddsEditsAndRemovesACameraAndTheTopicFollows() throws Exception {
    HttpResponse<String> created = admin.post("/cameras", PortalSession.form(lobby("lobby-east")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location")).hasValue("/cameras?saved=lobby-east");
    assertThat(row("lobby-east"))
        .isEqualTo("Lobby east|Building A, main entrance|Faces the revolving door|rtsp://viewer:s3cret@10.0.0.7:554/stream1"
            + "|52.52|13.405|Ground floor|2.5|true|true");
    HttpResponse<String> list = admin.get("/cameras?saved=lobby-east");
    assertThat(list.body()).contains("Camera lobby-east saved.").contains("Lobby east").contains("/cameras/lobby-east/edit");

    HttpResponse<String> editPage = admin.get("/cameras/lobby-east/edit");
    assertThat(editPage.statusCode()).isEqualTo(200);
    assertThat(editPage.body()).contains("value=\"Lobby east\"").contains("value=\"2.5\"");

    Map<String, String> changed = lobby("ignored-id-change");
    changed.put("name", "Lobby east (door)");
    changed.put("analysisFps", "0.2");
    changed.put("latitude", "");
    changed.put("longitude", "");
    changed.remove("enabled");
    HttpResponse<String> updated = admin.post("/cameras/lobby-east", PortalSession.form(changed));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(303);
    assertThat(row("lobby-east"))
        .isEqualTo("Lobby east (door)|Building A, main entrance|Faces the revolving door|rtsp://viewer:s3cret@10.0.0.7:554/stream1"
            + "|null|null|Ground floor|0.2|false|true");
    assertThat(row("ignored-id-change")).as("the id cannot change").isNull();

    HttpResponse<String> removed = admin.post("/cameras/lobby-east/delete", "");
    assertThat(removed.statusCode()).isEqualTo(303);
    assertThat(removed.headers().firstValue("Location")).hasValue("/cameras?removed=lobby-east");
    assertThat(row("lobby-east")).isNull();
    assertThat(admin.post("/cameras/lobby-east/delete", "").statusCode()).isEqualTo(404);

    List<ConsumerRecord<String, byte[]>> records = portal.topicRecords(portal.camerasTopic, "lobby-east");
    assertThat(records).hasSize(3);
    CameraConfigRecord first = RecordCodec.CAMERA_CONFIGS.decode(records.get(0).value());
    assertThat(first.v()).isEqualTo(CameraConfigRecord.SCHEMA_VERSION);
    assertThat(first.name()).isEqualTo("Lobby east");
    assertThat(first.sourceUrl()).isEqualTo("rtsp://viewer:s3cret@10.0.0.7:554/stream1");
    assertThat(first.latitude()).isEqualTo(52.52);
    assertThat(first.longitude()).isEqualTo(13.405);
    assertThat(first.zone()).isEqualTo("Ground floor");
    assertThat(first.analysisFps()).isEqualTo(2.5);
    assertThat(first.enabled()).isTrue();
    assertThat(first.privacyBlur()).isTrue();
    CameraConfigRecord second = RecordCodec.CAMERA_CONFIGS.decode(records.get(1).value());
    assertThat(second.name()).isEqualTo("Lobby east (door)");
    assertThat(second.analysisFps()).isEqualTo(0.2);
    assertThat(second.latitude()).isNull();
    assertThat(second.enabled()).isFalse();
    assertThat(records.get(2).value()).as("a tombstone").isNull();
  }

  @Test
  void theSiteSettingsGiveNewCamerasTheirBlurDefaultAndTheMapItsTiles() throws Exception {
    String blurChecked = "id=\"privacyBlur\"[^>]*checked";
    String tiles = "https://tiles.site.example/{z}/{x}/{y}.png";
    portal.execute("UPDATE site_settings SET privacy_blur_default = false, map_tile_url = '" + tiles + "'");
    try {
      assertThat(admin.get("/cameras/new").body()).contains("id=\"privacyBlur\"").doesNotContainPattern(blurChecked);
      assertThat(admin.get("/cameras/map").body()).contains("tiles.site.example");
    } finally {
      portal.execute("UPDATE site_settings SET privacy_blur_default = true, map_tile_url = ''");
    }
    assertThat(admin.get("/cameras/new").body()).containsPattern(blurChecked);
    assertThat(admin.get("/cameras/map").body()).contains("no-tiles").doesNotContain("tiles.site.example");
  }

  @Test
  void theCamerasTopicIsCompacted() throws Exception {
    try (Admin kafkaAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaServer.shared().bootstrapServers()))) {
      ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, portal.camerasTopic);
      String policy = kafkaAdmin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value();
      assertThat(policy).isEqualTo("compact");
    }
  }

  @Test
  void operatorsAndViewersAreRefusedAndChangeNothing() throws Exception {
    for (String email : List.of(OPERATOR, VIEWER)) {
      PortalSession session = portal.loggedIn(email, PASSWORD);
      assertThat(session.post("/cameras", PortalSession.form(lobby("cam-by-" + email.charAt(0)))).statusCode()).as(email).isEqualTo(403);
      assertThat(session.post("/cameras/cam-seeded", PortalSession.form(lobby("cam-seeded"))).statusCode()).as(email).isEqualTo(403);
      assertThat(session.post("/cameras/cam-seeded/delete", "").statusCode()).as(email).isEqualTo(403);
      assertThat(session.get("/cameras/new").statusCode()).as(email).isEqualTo(403);
      assertThat(session.get("/cameras/cam-seeded/edit").statusCode()).as(email).isEqualTo(403);
      HttpResponse<String> list = session.get("/cameras");
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains("Seeded").doesNotContain("Add camera").doesNotContain("/edit");
      assertThat(session.get("/cameras/cam-seeded").statusCode()).as("dashboards stay open").isEqualTo(200);
    }
    assertThat(row("cam-by-o")).isNull();
    assertThat(row("cam-by-v")).isNull();
    assertThat(row("cam-seeded")).startsWith("Seeded|Stored before the portal started|");
    assertThat(portal.topicRecords(portal.camerasTopic, "cam-seeded")).isEmpty();
  }

  @Test
  void crossSitePostsAreRefused() throws Exception {
    assertThat(admin.post("/cameras", PortalSession.form(lobby("cam-csrf")), "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(admin.post("/cameras", PortalSession.form(lobby("cam-csrf")), null).statusCode()).isEqualTo(403);
    assertThat(admin.post("/cameras/cam-seeded/delete", "", "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(row("cam-csrf")).isNull();
    assertThat(row("cam-seeded")).isNotNull();
  }

  @Test
  void badInputShowsTheFormAgainWithAMessagePerFieldAndStoresNothing() throws Exception {
    record Case(String field, String value, String message) {}
    List<Case> cases =
        List.of(
            new Case("name", "   ", "Give the camera a name."),
            new Case("name", "x".repeat(81), "At most 80 characters"),
            new Case("sourceUrl", "ftp://10.0.0.7/stream", "Use an rtsp://, rtsps://, http://, https:// or file: URL"),
            new Case("sourceUrl", "rtsp://", "not a valid URL"),
            new Case("analysisFps", "0", "must be a number from 0.2 to 30"),
            new Case("analysisFps", "31", "must be a number from 0.2 to 30"),
            new Case("analysisFps", "fast", "must be a number from 0.2 to 30"),
            new Case("latitude", "91", "Latitude must be a number from -90 to 90"),
            new Case("longitude", "-180.5", "Longitude must be a number from -180 to 180"),
            new Case("id", "lobby east", "no spaces"),
            new Case("id", "new", "reserved"),
            new Case("id", "", "Give the camera an id"));
    for (Case c : cases) {
      Map<String, String> form = lobby("cam-bad");
      form.put(c.field(), c.value());
      HttpResponse<String> response = admin.post("/cameras", PortalSession.form(form));
      assertThat(response.statusCode()).as(c.toString()).isEqualTo(400);
      assertThat(response.body())
          .as(c.toString())
          .contains("id=\"error-" + c.field() + "\"")
          .contains(escaped(c.message()))
          .contains("Nothing was saved")
          .contains("value=\"Building A, main entrance\"");
    }
    Map<String, String> edit = lobby("cam-seeded");
    edit.put("analysisFps", "31");
    assertThat(admin.post("/cameras/cam-seeded", PortalSession.form(edit)).statusCode()).isEqualTo(400);
    assertThat(row("cam-seeded")).startsWith("Seeded|");

    HttpResponse<String> duplicate = admin.post("/cameras", PortalSession.form(lobby("cam-seeded")));
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).contains("A camera with the id cam-seeded exists already");
    assertThat(row("cam-seeded")).startsWith("Seeded|");

    assertThat(row("cam-bad")).isNull();
    assertThat(portal.query("SELECT count(*) FROM cameras")).isEqualTo("1");
    assertThat(portal.topicRecords(portal.camerasTopic, "cam-bad")).isEmpty();
  }

  private static String escaped(String message) {
    return message.replace("'", "&#39;");
  }

  /** The row's columns joined by {@code |}, or null when there is no such row. */
  private static String row(String id) throws SQLException {
    try (Connection c = portal.db();
        var st =
            c.prepareStatement(
                "SELECT name, location, description, source_url, latitude, longitude, zone, analysis_fps,"
                    + " enabled, privacy_blur FROM cameras WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          values.add(String.valueOf(rs.getObject(i)));
        }
        return String.join("|", values);
      }
    }
  }

}
