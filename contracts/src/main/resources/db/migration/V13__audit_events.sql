-- Who did what in the portal: logins, live views, exports, camera changes, administration.
-- actor is an email kept as text (no foreign key), so events outlive a deleted user.
CREATE TABLE audit_events (
    id     bigserial   PRIMARY KEY,
    at     timestamptz NOT NULL,
    actor  text        NOT NULL,
    action text        NOT NULL,
    target text        NOT NULL DEFAULT '',
    detail text        NOT NULL DEFAULT ''
);

CREATE INDEX audit_events_by_time ON audit_events (at DESC);
