package io.emoticctv.portal.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameraFormTest {

  static Map<String, String> valid() {
    Map<String, String> form = new HashMap<>();
    form.put("id", "lobby-east");
    form.put("name", " Lobby east ");
    form.put("sourceUrl", "rtsp://10.0.0.7:554/stream1");
    form.put("latitude", "-33.8688");
    form.put("longitude", "151.2093");
    form.put("analysisFps", "0.2");
    form.put("privacyBlur", "on");
    return form;
  }

  @Test
  void aValidFormBecomesACamera() {
    CameraForm.Checked checked = CameraForm.check(valid(), null);
    assertThat(checked.errors()).isEmpty();
    assertThat(checked.camera())
        .isEqualTo(new Camera("lobby-east", "Lobby east", "", "", "rtsp://10.0.0.7:554/stream1",
            -33.8688, 151.2093, "", 0.2f, false, true));
    assertThat(checked.camera().toConfigRecord(1L).analysisFps()).isEqualTo(0.2);
  }

  @Test
  void anEditedCameraKeepsItsId() {
    Map<String, String> form = valid();
    form.put("id", "something else");
    assertThat(CameraForm.check(form, "lobby-east").camera().id()).isEqualTo("lobby-east");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rtsp://10.0.0.7/s1            | true",
        "RTSPS://cam.example:322/live  | true",
        "http://10.0.0.8/mjpeg         | true",
        "https://cam.example/hls.m3u8  | true",
        "file:///clips/lobby.mp4       | true",
        "/clips/lobby.mp4              | true",
        "ftp://10.0.0.7/s1             | false",
        "rtsp://                       | false",
        "rtsp:///no-host               | false",
        "rtsp://10.0.0.7/a b           | false",
        "clips/lobby.mp4               | false",
        "file:clips/lobby.mp4          | false",
        "javascript:alert(1)           | false",
      })
  void streamUrls(String url, boolean accepted) {
    assertThat(CameraForm.streamUrlProblem(url) == null).as(url).isEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "192.168.1.20        | rtsp://192.168.1.20/",
        "192.168.1.20:8554   | rtsp://192.168.1.20:8554/",
        "256.1.1.1           | 256.1.1.1",
        "192.168.1           | 192.168.1",
        "rtsp://10.0.0.7/s1  | rtsp://10.0.0.7/s1",
      })
  void aBareIpAddressStandsForTheCamerasRtspStream(String entered, String url) {
    assertThat(CameraForm.streamUrl(entered)).isEqualTo(url);
  }

  @Test
  void aCameraEnteredByItsIpAddressIsSavedWithItsRtspUrl() {
    Map<String, String> form = valid();
    form.put("sourceUrl", "10.0.0.7");
    assertThat(CameraForm.check(form, null).camera().sourceUrl()).isEqualTo("rtsp://10.0.0.7/");
    form.put("sourceUrl", "256.0.0.7");
    assertThat(CameraForm.check(form, null).errors()).containsKey("sourceUrl");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "id          | Lobby           | lower-case",
        "id          | -lobby          | starting with a letter or digit",
        "id          | new             | reserved",
        "analysisFps | 0.19            | from 0.2 to 30",
        "analysisFps | 30.01           | from 0.2 to 30",
        "analysisFps | NaN             | from 0.2 to 30",
        "analysisFps | ''              | Give the analysis rate",
        "latitude    | -90.1           | from -90 to 90",
        "longitude   | 180.5           | from -180 to 180",
        "longitude   | ''              | Give both latitude and longitude, or neither.",
      })
  void eachBadFieldGetsItsOwnMessage(String field, String value, String message) {
    Map<String, String> form = valid();
    form.put(field, value);
    CameraForm.Checked checked = CameraForm.check(form, null);
    assertThat(checked.camera()).isNull();
    assertThat(checked.errors()).containsOnlyKeys(field);
    assertThat(checked.errors().get(field)).contains(message);
    assertThat(checked.values()).containsEntry("name", " Lobby east ");
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    Map<String, String> form = valid();
    form.put("analysisFps", "30");
    form.put("latitude", "90");
    form.put("longitude", "-180");
    form.put("id", "c".repeat(CameraForm.MAX_ID));
    form.put("name", "n".repeat(CameraForm.MAX_NAME));
    assertThat(CameraForm.check(form, null).errors()).isEmpty();
  }

  @Test
  void noCoordinatesAtAllIsFine() {
    Map<String, String> form = valid();
    form.remove("latitude");
    form.put("longitude", " ");
    assertThat(CameraForm.check(form, null).camera().latitude()).isNull();
  }

  @Test
  void auditLinesNameWhatChangedAndHideStreamCredentials() {
    Camera before = new Camera("c", "Lobby", "", "", "rtsp://admin:pw@10.0.0.7/s1", null, null, "", 5, true, true);
    Camera after = new Camera("c", "Lobby east", "", "", "rtsp://admin:pw2@10.0.0.7/s1", null, null, "", 2, true, true);
    String line = CameraChanges.between(before, after);
    assertThat(line)
        .isEqualTo("name 'Lobby' → 'Lobby east', fps 5.0 → 2.0, stream credentials changed");
    assertThat(CameraChanges.describe(after)).contains("stream='rtsp://***@10.0.0.7/s1'").doesNotContain("pw");
    assertThat(CameraChanges.between(before, before)).isEqualTo("no change");
  }
}
