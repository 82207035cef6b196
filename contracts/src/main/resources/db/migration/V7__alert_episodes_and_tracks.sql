-- Alert records become episodes (opened, updated, resolved) that name the rule version and the
-- model weights behind them; windows count the distinct tracks they saw.
ALTER TABLE emotion_windows
    ADD COLUMN tracks       integer NOT NULL DEFAULT 0,
    ADD COLUMN model_sha256 text    NOT NULL DEFAULT '';

ALTER TABLE alerts
    ADD COLUMN phase        text        NOT NULL DEFAULT 'OPENED'
                            CHECK (phase IN ('OPENED', 'UPDATED', 'RESOLVED')),
    ADD COLUMN zone         text        NOT NULL DEFAULT '',
    ADD COLUMN updated_at   timestamptz,
    ADD COLUMN resolved_at  timestamptz,
    ADD COLUMN last_share   real,
    ADD COLUMN cameras      text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN rule_id      text        NOT NULL DEFAULT '',
    ADD COLUMN rule_version integer     NOT NULL DEFAULT 0,
    ADD COLUMN rule_kind    text        NOT NULL DEFAULT 'SUSTAINED',
    ADD COLUMN model_sha256 text        NOT NULL DEFAULT '';

CREATE INDEX alerts_open ON alerts (opened_at DESC) WHERE phase <> 'RESOLVED';
