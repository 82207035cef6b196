-- Each user's notification preferences beside the alert-email switch and the quiet hours: the
-- least severity of the emotion alerts they are emailed, and whether camera outages are emailed
-- to them. Until now the alert-email switch brought the outage emails too, so it still does for
-- existing accounts.
ALTER TABLE users
    ADD COLUMN alert_min_severity text    NOT NULL DEFAULT 'LOW'
        CHECK (alert_min_severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    ADD COLUMN outage_emails      boolean NOT NULL DEFAULT true;

UPDATE users SET outage_emails = alert_emails;
