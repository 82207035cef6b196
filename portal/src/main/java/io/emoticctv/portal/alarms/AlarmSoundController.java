package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.users.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm sound of each severity: the one an admin uploaded (WAV, MP3 or Ogg, checked by
 * content, at most {@value SoundFormat#MAX_BYTES} bytes), or the built-in tone.
 */
@Controller("/alarms/sounds")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AlarmSoundController {
  private static final Logger LOG = LoggerFactory.getLogger(AlarmSoundController.class);

  private final AlarmSoundRepository sounds;

  AlarmSoundController(AlarmSoundRepository sounds) {
    this.sounds = sounds;
  }

  @Get(value = "/{severity}", produces = {"audio/wav", "audio/mpeg", "audio/ogg"})
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<byte[]> sound(String severity) {
    Severity level = parse(severity);
    if (level == null) {
      return HttpResponse.notFound();
    }
    return sounds
        .findById(level.name())
        .map(s -> HttpResponse.ok(s.data()).contentType(s.contentType()))
        .orElseGet(() -> HttpResponse.ok(ToneWav.forSeverity(level)).contentType("audio/wav"))
        .header("Cache-Control", "no-cache");
  }

  @Post(value = "/{severity}", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
  @Secured(Role.ADMIN_NAME)
  HttpResponse<?> upload(String severity, CompletedFileUpload sound, Authentication who) throws IOException {
    Severity level = parse(severity);
    if (level == null) {
      return HttpResponse.notFound();
    }
    byte[] data = sound.getBytes();
    SoundFormat.Problem problem = SoundFormat.problem(data);
    if (problem != null) {
      return afterUpload("/alarms?soundProblem=" + problem.name() + "#sounds");
    }
    sounds.upsert(level.name(), SoundFormat.detect(data).contentType(), data, who.getName());
    LOG.info("{} uploaded the {} alarm sound ({} bytes)", who.getName(), level, data.length);
    return afterUpload("/alarms?done=sound#sounds");
  }

  @Post(value = "/{severity}/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(Role.ADMIN_NAME)
  HttpResponse<?> reset(String severity) {
    Severity level = parse(severity);
    if (level != null) {
      sounds.delete(level.name());
    }
    return HttpResponse.seeOther(URI.create("/alarms#sounds"));
  }

  /** Back to the console's sounds, with a notice either way. */
  private static HttpResponse<?> afterUpload(String location) {
    return HttpResponse.seeOther(URI.create(location));
  }

  private static Severity parse(String severity) {
    try {
      return Severity.valueOf(severity);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
