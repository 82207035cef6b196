-- Alert rules as admins edit them in the portal; the portal publishes every saved version to
-- the compacted rules topic (io.emoticctv.contracts.RuleRecord), which the job follows.
CREATE TABLE rules (
    rule_id        text             PRIMARY KEY,
    version        integer          NOT NULL CHECK (version >= 1),
    name           text             NOT NULL,
    kind           text             NOT NULL CHECK (kind IN ('SUSTAINED', 'RISING', 'ZONE_SPREAD')),
    camera_id      text             NOT NULL DEFAULT '',
    zone           text             NOT NULL DEFAULT '',
    -- emotion keys (io.emoticctv.contracts.Emotion#key), comma separated
    emotions       text             NOT NULL,
    threshold      double precision NOT NULL CHECK (threshold > 0 AND threshold <= 1),
    windows        integer          NOT NULL CHECK (windows >= 1),
    min_faces      integer          NOT NULL CHECK (min_faces >= 0),
    min_cameras    integer          NOT NULL DEFAULT 0,
    span_ms        bigint           NOT NULL DEFAULT 0,
    severity       text             NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    cooldown_ms    bigint           NOT NULL CHECK (cooldown_ms >= 0),
    -- weekday numbers 1 (Monday) .. 7, comma separated
    days           text             NOT NULL,
    start_minute   integer          NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute     integer          NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    time_zone      text             NOT NULL,
    -- ISO dates, comma separated
    holidays       text             NOT NULL DEFAULT '',
    enabled        boolean          NOT NULL,
    updated_at     timestamptz      NOT NULL DEFAULT now()
);

-- So a new site alerts out of the box: negative expressions on half the faces of any camera
-- (at least 3 faces) for 3 consecutive windows, at any time.
INSERT INTO rules (rule_id, version, name, kind, emotions, threshold, windows, min_faces,
                   severity, cooldown_ms, days, start_minute, end_minute, time_zone, enabled)
VALUES ('default-negative', 1, 'Sustained anger, disgust or fear', 'SUSTAINED',
        'anger,disgust,fear', 0.5, 3, 3, 'MEDIUM', 300000, '1,2,3,4,5,6,7', 0, 0, 'UTC', true);
