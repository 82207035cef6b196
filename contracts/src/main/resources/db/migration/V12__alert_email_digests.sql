-- When many alerts open within a few minutes, the portal emails the first few one by one and
-- holds the rest for one digest email. A held alert keeps its claim row (so it is still emailed
-- once) with the line the digest lists it by; digested_at is set when the digest went out.
ALTER TABLE alert_notifications
    ADD COLUMN held_for_digest boolean     NOT NULL DEFAULT false,
    ADD COLUMN summary         text        NOT NULL DEFAULT '',
    ADD COLUMN link            text        NOT NULL DEFAULT '',
    ADD COLUMN digested_at     timestamptz;

CREATE INDEX alert_notifications_held ON alert_notifications (sent_at)
    WHERE held_for_digest AND digested_at IS NULL;
