-- Self-service accounts: contact phone, alert-email quiet hours, and password recovery links.
ALTER TABLE users
    ADD COLUMN phone              text    NOT NULL DEFAULT '',
    -- Quiet hours in the portal's display time zone, minutes of the day; from > until spans
    -- midnight. Both null: no quiet hours.
    ADD COLUMN quiet_from_minute  integer CHECK (quiet_from_minute BETWEEN 0 AND 1439),
    ADD COLUMN quiet_until_minute integer CHECK (quiet_until_minute BETWEEN 0 AND 1439),
    ADD CONSTRAINT users_quiet_hours_complete
        CHECK ((quiet_from_minute IS NULL) = (quiet_until_minute IS NULL));

-- One row per emailed password recovery link. Only the SHA-256 of the link's token is kept, so
-- a copy of the database cannot be used to reset anyone's password. A link works once.
CREATE TABLE password_resets (
    token_sha256 text        PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
