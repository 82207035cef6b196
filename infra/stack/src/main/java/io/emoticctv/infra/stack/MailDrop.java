package io.emoticctv.infra.stack;

import io.emoticctv.infra.servers.MailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Copies every mail the local SMTP server receives into a folder as .eml files, and says so. */
final class MailDrop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MailDrop.class);

  private final MailServer mail;
  private final Path folder;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private int handled; // messages of this server run already saved
  private int fileNumber; // files in the folder, from this run and earlier ones

  MailDrop(MailServer mail, Path folder) throws IOException {
    this.mail = mail;
    this.folder = Files.createDirectories(folder);
    try (var existing = Files.list(folder)) {
      this.fileNumber = (int) existing.count();
    }
    timer.scheduleWithFixedDelay(this::saveNew, 1, 1, TimeUnit.SECONDS);
  }

  private void saveNew() {
    List<MimeMessage> messages = mail.receivedMessages();
    for (; handled < messages.size(); handled++) {
      save(messages.get(handled));
    }
  }

  private void save(MimeMessage message) {
    fileNumber++;
    Path file = folder.resolve(String.format("%05d.eml", fileNumber));
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
      LOG.info("mail to {}: \"{}\" -> {}", String.join(", ", recipients(message)), message.getSubject(), file);
    } catch (IOException | MessagingException e) {
      LOG.warn("cannot save a received mail to {}: {}", file, e.getMessage());
    }
  }

  private static List<String> recipients(MimeMessage message) throws MessagingException {
    return message.getAllRecipients() == null
        ? List.of()
        : java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
