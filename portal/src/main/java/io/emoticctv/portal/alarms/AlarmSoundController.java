package io.emoticctv.portal.alarms;

import io.emoticctv.contracts.Severity;
import io.emoticctv.portal.audit.AuditTrail;
import io.emoticctv.portal.users.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The alarm sounds, named by a severity ({@code HIGH}) or by the sound an emotion category names
 * ({@code chime}): the one an admin uploaded (WAV, MP3 or Ogg, checked by content, at most {@value
 * SoundFormat#MAX_BYTES} bytes), else a severity's built-in tone.
 */
@Controller("/alarms/sounds")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AlarmSoundController {
  /** As {@code emotion_categories.sound}. */
  private static final Pattern CATEGORY_SOUND = Pattern.compile("[a-z0-9_-]{1,40}");

  private final AlarmSoundRepository sounds;
  private final AuditTrail audit;

  AlarmSoundController(AlarmSoundRepository sounds, AuditTrail audit) {
    this.sounds = sounds;
    this.audit = audit;
  }

  @Get(value = "/{name}", produces = {"audio/wav", "audio/mpeg", "audio/ogg"})
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<byte[]> sound(String name) {
    if (!valid(name)) {
      return HttpResponse.notFound();
    }
    Optional<AlarmSoundRepository.AlarmSound> uploaded = sounds.findById(name);
    Severity severity = severity(name);
    if (uploaded.isEmpty() && severity == null) {
      return HttpResponse.notFound();
    }
    MutableHttpResponse<byte[]> response =
        uploaded
            .map(s -> HttpResponse.ok(s.data()).contentType(s.contentType()))
            .orElseGet(() -> HttpResponse.ok(ToneWav.forSeverity(severity)).contentType("audio/wav"));
    return response.header("Cache-Control", "no-cache");
  }

  @Post(value = "/{name}", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
  @Secured(Role.ADMIN_NAME)
  HttpResponse<?> upload(String name, @Part("sound") CompletedFileUpload sound, Authentication who) throws IOException {
    if (!valid(name)) {
      return HttpResponse.notFound();
    }
    byte[] data = sound.getBytes();
    SoundFormat.Problem problem = SoundFormat.problem(data);
    if (problem != null) {
      return HttpResponse.seeOther(URI.create("/alarms?soundProblem=" + problem.name() + "#sounds"));
    }
    String type = SoundFormat.detect(data).contentType();
    sounds.upsert(name, type, data, who.getName());
    audit.record(who.getName(), "sound.upload", name, type + ", " + data.length + " bytes");
    return HttpResponse.seeOther(URI.create("/alarms?done=sound#sounds"));
  }

  @Post(value = "/{name}/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(Role.ADMIN_NAME)
  HttpResponse<?> reset(String name, Authentication who) {
    if (valid(name) && sounds.findById(name).isPresent()) {
      sounds.delete(name);
      audit.record(who.getName(), "sound.reset", name, "");
    }
    return HttpResponse.seeOther(URI.create("/alarms#sounds"));
  }

  private static boolean valid(String name) {
    return severity(name) != null || CATEGORY_SOUND.matcher(name).matches();
  }

  private static Severity severity(String name) {
    try {
      return Severity.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
