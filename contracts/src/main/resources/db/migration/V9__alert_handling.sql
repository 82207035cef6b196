-- How operators handled each alert episode (the job owns the other columns of the row).
-- status stays OPEN / ACKNOWLEDGED / RESOLVED; a false alarm is RESOLVED with false_alarm set.
ALTER TABLE alerts
    ADD COLUMN assigned_to      bigint      REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN acknowledged_by  text,
    ADD COLUMN acknowledged_at  timestamptz,
    ADD COLUMN resolved_by      text,
    ADD COLUMN handled_at       timestamptz,
    ADD COLUMN false_alarm      boolean     NOT NULL DEFAULT false,
    ADD COLUMN handling_comment text        NOT NULL DEFAULT '';

CREATE INDEX alerts_unhandled ON alerts (opened_at DESC) WHERE status <> 'RESOLVED';

-- Sounds admins uploaded for the alarm console, one per severity; without a row the console
-- plays its built-in tone for that severity.
CREATE TABLE alarm_sounds (
    severity     text        PRIMARY KEY CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    content_type text        NOT NULL,
    data         bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
