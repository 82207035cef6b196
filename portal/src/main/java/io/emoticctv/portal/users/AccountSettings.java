package io.emoticctv.portal.users;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Self-service accounts ({@code emoticctv.accounts.*}).
 *
 * @param signUp whether visitors may create VIEWER accounts themselves
 * @param resetLinkValidity how long an emailed password recovery link works
 */
@ConfigurationProperties("emoticctv.accounts")
public record AccountSettings(boolean signUp, @NotNull Duration resetLinkValidity) {}
