-- One row per camera outage (offline or frozen longer than the grace period) the portal emailed
-- about. The outage is known by the camera's last frame before it, so claiming the row with
-- INSERT ... ON CONFLICT DO NOTHING emails each outage once, across portal instances.
CREATE TABLE camera_health_alerts (
    camera_id    text        NOT NULL,
    outage_since timestamptz NOT NULL,
    state        text        NOT NULL,
    emailed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (camera_id, outage_since)
);
