-- One row per alert episode, written by the job; the portal adds who handled it.
CREATE TABLE alerts (
    alert_id           text PRIMARY KEY,
    camera_id          text        NOT NULL,
    emotion            text        NOT NULL,
    severity           text        NOT NULL,
    first_window_start timestamptz NOT NULL,
    opened_at          timestamptz NOT NULL,
    peak_share         real        NOT NULL,
    windows            integer     NOT NULL,
    rule               text        NOT NULL,
    model              text        NOT NULL,
    status             text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    emailed_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alerts_by_time ON alerts (opened_at DESC);
