-- Cameras are managed in the portal; ingest agents and the job refer to them by id.
CREATE TABLE cameras (
    id           text PRIMARY KEY,
    name         text        NOT NULL,
    location     text        NOT NULL DEFAULT '',
    source_url   text        NOT NULL,
    analysis_fps real        NOT NULL DEFAULT 5 CHECK (analysis_fps > 0),
    enabled      boolean     NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Latest camera-status record per camera (from the camera-status topic).
CREATE TABLE camera_status (
    camera_id         text PRIMARY KEY,
    state             text             NOT NULL,
    frames_in_per_s   double precision NOT NULL DEFAULT 0,
    analysed_per_s    double precision NOT NULL DEFAULT 0,
    faces_per_s       double precision NOT NULL DEFAULT 0,
    faces_rejected    bigint           NOT NULL DEFAULT 0,
    last_frame_at     timestamptz,
    last_error        text,
    updated_at        timestamptz      NOT NULL
);

CREATE TABLE users (
    id            bigserial PRIMARY KEY,
    email         text        NOT NULL UNIQUE,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'VIEWER')),
    enabled       boolean     NOT NULL DEFAULT true,
    alert_emails  boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
