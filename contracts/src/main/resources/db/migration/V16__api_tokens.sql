-- Personal API tokens (Authorization: Bearer). Only a SHA-256 of each token is stored; the token
-- itself is shown once, when created. Deleting a user deletes their tokens.
CREATE TABLE api_tokens (
    id           bigserial   PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash   text        NOT NULL UNIQUE,
    token_prefix text        NOT NULL,
    scopes       text[]      NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin'] AND cardinality(scopes) > 0),
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
