package io.emoticctv.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

  @Test
  void onlyTheSameTokenMatches() {
    String token = RandomTokens.next();
    assertThat(CsrfTokens.matches(token, token)).isTrue();
    assertThat(CsrfTokens.matches(token, token + "x")).isFalse();
    assertThat(CsrfTokens.matches(token, token.substring(1))).isFalse();
    assertThat(CsrfTokens.matches(token, "")).isFalse();
    assertThat(CsrfTokens.matches(token, null)).isFalse();
    assertThat(CsrfTokens.matches(null, token)).isFalse();
    assertThat(CsrfTokens.matches("", "")).isFalse();
    assertThat(CsrfTokens.matches(null, null)).isFalse();
  }

  @Test
  void theFieldIsFoundInUrlEncodedAndMultipartBodies() {
    byte[] form = "name=Lobby&_csrf=abc%2Bdef&x=1".getBytes(StandardCharsets.UTF_8);
    assertThat(SubmittedField.find("application/x-www-form-urlencoded; charset=UTF-8", form, "_csrf")).hasValue("abc+def");
    assertThat(SubmittedField.find("application/x-www-form-urlencoded", "name=x".getBytes(), "_csrf")).isEmpty();
    assertThat(SubmittedField.find("application/x-www-form-urlencoded", "_csrf=%zz".getBytes(), "_csrf")).isEmpty();
    assertThat(SubmittedField.find("application/json", "{\"_csrf\":\"a\"}".getBytes(), "_csrf")).isEmpty();
    assertThat(SubmittedField.find(null, form, "_csrf")).isEmpty();

    String multipart =
        "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBroken lens\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok-123\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n"
            + "--XyZ--\r\n";
    byte[] body = multipart.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(SubmittedField.find("multipart/form-data; boundary=XyZ", body, "_csrf")).hasValue("tok-123");
    assertThat(SubmittedField.find("multipart/form-data; boundary=\"XyZ\"", body, "title")).hasValue("Broken lens");
    assertThat(SubmittedField.find("multipart/form-data; boundary=XyZ", body, "missing")).isEmpty();
    assertThat(SubmittedField.find("multipart/form-data", body, "_csrf")).isEmpty();
    assertThat(SubmittedField.find("multipart/form-data; boundary=XyZ", "garbage".getBytes(), "_csrf")).isEmpty();
  }
}
