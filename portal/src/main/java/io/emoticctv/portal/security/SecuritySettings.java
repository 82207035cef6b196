package io.emoticctv.portal.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Login throttling ({@code emoticctv.security.*}).
 *
 * @param maxFailedLoginsPerAccount failed logins of one email within {@code failureWindow} that lock it
 * @param maxFailedLoginsPerAddress failed logins from one client address within {@code failureWindow}
 *     that lock the address
 * @param failureWindow how far back failed logins count
 * @param lockout how long a locked account or address stays locked
 */
@ConfigurationProperties("emoticctv.security")
public record SecuritySettings(
    @Min(1) int maxFailedLoginsPerAccount,
    @Min(1) int maxFailedLoginsPerAddress,
    @NotNull Duration failureWindow,
    @NotNull Duration lockout) {}
