package io.emoticctv.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.email.EmailException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class TestEmailTest {
  @Test
  void theReasonOfAFailedSendIsTheMessagesWithoutClassNames() {
    MessagingException refused = new MessagingException("Couldn't connect to host, port: smtp.example.org, 25; timeout 10000",
        new ConnectException("Connection refused"));
    assertThat(TestEmail.reason(new EmailException(refused)))
        .isEqualTo("Couldn't connect to host, port: smtp.example.org, 25; timeout 10000: Connection refused");
    assertThat(TestEmail.reason(new EmailException(new MessagingException()))).contains("gave no reason");
  }
}
