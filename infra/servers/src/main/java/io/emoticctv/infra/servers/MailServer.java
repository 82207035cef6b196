package io.emoticctv.infra.servers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server on loopback that keeps every message it receives, with an IMAP server on
 * the next port so people can read the inbox with any mail client (login: the recipient address,
 * password: the same address).
 */
public final class MailServer implements AutoCloseable {
  private final GreenMail greenMail;

  private MailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  /** Starts SMTP on {@code smtpPort} (0 picks a free port) and IMAP on a free port. */
  public static MailServer start(int smtpPort) {
    var smtp = new ServerSetup(FreePorts.orPick(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    var imap = new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    GreenMail greenMail = new GreenMail(new ServerSetup[] {smtp, imap});
    greenMail.start();
    return new MailServer(greenMail);
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int imapPort() {
    return greenMail.getImap().getPort();
  }

  public List<MimeMessage> receivedMessages() {
    return List.of(greenMail.getReceivedMessages());
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
