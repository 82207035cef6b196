package io.emoticctv.portal.notifications;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Alert emails in a storm ({@code emoticctv.alert-emails.*}).
 *
 * @param digestAfter once this many alerts were emailed within {@code digestWindow}, further ones
 *     are held for one digest email
 * @param digestWindow how far back alerts count towards {@code digestAfter}
 * @param digestDelay a digest goes out once its oldest held alert waited this long, so it
 *     gathers the alerts of the storm
 * @param digestCheckEvery how often the portal looks for a digest to send
 */
@ConfigurationProperties("emoticctv.alert-emails")
public record AlertEmailSettings(
    @Min(1) int digestAfter,
    @NotNull Duration digestWindow,
    @NotNull Duration digestDelay,
    @NotNull Duration digestCheckEvery) {}
