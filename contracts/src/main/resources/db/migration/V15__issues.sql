-- Issues any signed-in user reports (a broken camera, a wrong alert), with their status history
-- and image attachments. A deleted user's issues and events stay, their author shown anonymised
-- (reporter_id / actor_id set to NULL).
CREATE TABLE issues (
    id          bigserial   PRIMARY KEY,
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description text        NOT NULL CHECK (length(description) <= 10000),
    camera_id   text        REFERENCES cameras (id) ON DELETE SET NULL,
    reporter_id bigint      REFERENCES users (id) ON DELETE SET NULL,
    status      text        NOT NULL DEFAULT 'OPEN'
                            CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'REJECTED')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE INDEX issues_by_update ON issues (updated_at DESC);

CREATE TABLE issue_events (
    id       bigserial   PRIMARY KEY,
    issue_id bigint      NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    at       timestamptz NOT NULL,
    actor_id bigint      REFERENCES users (id) ON DELETE SET NULL,
    status   text        NOT NULL,
    comment  text        NOT NULL DEFAULT '' CHECK (length(comment) <= 5000)
);

-- Images only, re-encoded by the portal before storage (never the uploaded bytes as they came).
CREATE TABLE issue_attachments (
    id           bigserial   PRIMARY KEY,
    issue_id     bigint      NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    file_name    text        NOT NULL,
    content_type text        NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    width        integer     NOT NULL,
    height       integer     NOT NULL,
    bytes        bytea       NOT NULL,
    created_at   timestamptz NOT NULL
);

CREATE INDEX issue_attachments_by_issue ON issue_attachments (issue_id);
