package io.emoticctv.portal.audit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code audit_events}: who ({@code actor}, an email, kept when the user is deleted) did
 * what ({@code action}, e.g. {@code camera.update}) to what ({@code target}), and how.
 */
@MappedEntity("audit_events")
public record AuditEvent(
    @Id @GeneratedValue Long id, Instant at, String actor, String action, String target, String detail) {}
