-- Reports emailed as PDF on a schedule: each day for the day before, or each Monday for the week
-- before (days in the portal's display zone). last_period_start is the start of the last period
-- sent, so a run that is repeated or late never sends a period twice.
CREATE TABLE report_schedules (
    id                bigserial   PRIMARY KEY,
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    frequency         text        NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
    recipients        text[]      NOT NULL CHECK (cardinality(recipients) BETWEEN 1 AND 50),
    cameras           text[]      NOT NULL DEFAULT '{}',
    last_period_start date,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL
);
