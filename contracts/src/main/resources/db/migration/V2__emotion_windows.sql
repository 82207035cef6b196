-- One row per camera and event-time window, written by the job with idempotent upserts
-- (a replay rewrites the same row with the same values). Columns per emotion follow
-- io.emoticctv.contracts.Emotion: face counts by most probable emotion, then mean probabilities.
CREATE TABLE emotion_windows (
    camera_id    text        NOT NULL,
    window_start timestamptz NOT NULL,
    window_end   timestamptz NOT NULL,
    faces        integer     NOT NULL,
    anger        integer     NOT NULL,
    disgust      integer     NOT NULL,
    fear         integer     NOT NULL,
    happiness    integer     NOT NULL,
    neutral      integer     NOT NULL,
    sadness      integer     NOT NULL,
    surprise     integer     NOT NULL,
    p_anger      real        NOT NULL,
    p_disgust    real        NOT NULL,
    p_fear       real        NOT NULL,
    p_happiness  real        NOT NULL,
    p_neutral    real        NOT NULL,
    p_sadness    real        NOT NULL,
    p_surprise   real        NOT NULL,
    model        text        NOT NULL,
    written_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (camera_id, window_start)
);

CREATE INDEX emotion_windows_by_time ON emotion_windows (window_start DESC);

-- With TimescaleDB preloaded the table becomes a hypertable with a retention policy;
-- on plain PostgreSQL it stays a plain table and the portal's retention job deletes old rows.
DO $$
BEGIN
    -- a GUC that exists only when the timescaledb library is preloaded (readable by any role)
    IF current_setting('timescaledb.max_background_workers', true) IS NOT NULL THEN
        CREATE EXTENSION IF NOT EXISTS timescaledb;
        PERFORM create_hypertable('emotion_windows', by_range('window_start', INTERVAL '1 day'),
                                  migrate_data => true);
        PERFORM add_retention_policy('emotion_windows', INTERVAL '90 days');
    END IF;
END
$$;
