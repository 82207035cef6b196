-- Admins invite users by email: the invited user's row exists at once (with no usable password)
-- and the emailed link lets them set one. Only a SHA-256 of each link's token is stored.
CREATE TABLE user_invites (
    token_hash text        PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    invited_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
