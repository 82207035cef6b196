-- One row per alert whose emails the portal sent. The portal claims the row with
-- INSERT ... ON CONFLICT DO NOTHING before sending, so redelivered or replayed alert records and
-- several portal instances never email an alert twice. No foreign key to alerts: the alert
-- record may reach the portal before the job has stored the alert's row.
CREATE TABLE alert_notifications (
    alert_id text        PRIMARY KEY,
    sent_at  timestamptz NOT NULL DEFAULT now()
);
