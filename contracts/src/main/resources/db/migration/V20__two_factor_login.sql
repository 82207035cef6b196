-- Optional TOTP two-factor login (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits).
-- The shared secret must stay readable to check codes, so it is stored as is (base32); it is a
-- second factor only, useless without the account's password. A row with enabled_at null is a
-- setup the user has not confirmed with a code yet: it does not guard the login.
CREATE TABLE user_totp (
    user_id        bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_base32  text        NOT NULL CHECK (length(secret_base32) BETWEEN 16 AND 128),
    created_at     timestamptz NOT NULL,
    enabled_at     timestamptz,
    -- The newest time step whose code was accepted: a code is never accepted twice.
    last_used_step bigint      NOT NULL DEFAULT 0
);

-- One-time recovery codes, for a lost authenticator. Only a SHA-256 of each is kept: the codes
-- are 80 random bits, too many to guess from a copy of the database.
CREATE TABLE user_recovery_codes (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);
