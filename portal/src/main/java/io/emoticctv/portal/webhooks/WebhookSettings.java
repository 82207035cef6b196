package io.emoticctv.portal.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * Webhook deliveries ({@code emoticctv.webhooks.*}).
 *
 * @param backoff the waits before each retry of a failed delivery, in order; after the last
 *     retry fails the delivery is marked failed (it can still be retried by hand)
 * @param checkEvery how often the portal looks for deliveries that are due
 * @param timeout how long one attempt may take to connect, and then to be answered
 */
@ConfigurationProperties("emoticctv.webhooks")
public record WebhookSettings(
    @NotEmpty List<Duration> backoff, @NotNull Duration checkEvery, @NotNull Duration timeout) {}
