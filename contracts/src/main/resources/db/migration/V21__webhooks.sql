-- Webhooks: HTTP endpoints told about emotion alerts and camera outages, with a delivery log.
-- The secret signs each delivery (HMAC-SHA256), so it must stay readable; pages never show it.
CREATE TABLE webhooks (
    id             bigserial   PRIMARY KEY,
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    url            text        NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
    format         text        NOT NULL CHECK (format IN ('GENERIC', 'SLACK')),
    secret         text        NOT NULL CHECK (length(secret) BETWEEN 16 AND 200),
    emotion_alerts boolean     NOT NULL,
    camera_outages boolean     NOT NULL,
    enabled        boolean     NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- One row per event and webhook, written before the first attempt, so a delivery survives a
-- restart of the portal; (webhook_id, event_key) makes each alert episode or outage go out
-- once per webhook. PENDING rows are due at next_attempt_at; DELIVERED and FAILED are final.
CREATE TABLE webhook_deliveries (
    id                 bigserial   PRIMARY KEY,
    webhook_id         bigint      NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event              text        NOT NULL,
    event_key          text        NOT NULL,
    summary            text        NOT NULL,
    payload            text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts           integer     NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    next_attempt_at    timestamptz,
    last_attempt_at    timestamptz,
    last_response_code integer,
    last_error         text,
    last_latency_ms    integer,
    UNIQUE (webhook_id, event_key)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (webhook_id, created_at DESC);
