-- On plain PostgreSQL the rollups emotion_minutes and emotion_hours (V5) are views that bin
-- emotion_windows on read, so a report over a range of buckets would read every window ever
-- stored. These indexes on the views' own bucket expressions let such a range read only the
-- range's windows: a report on a day of a year's data costs a day. With TimescaleDB the rollups
-- are continuous aggregates, already indexed by bucket, and these are not needed.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        CREATE INDEX emotion_windows_by_minute
            ON emotion_windows (date_bin(INTERVAL '1 minute', window_start, TIMESTAMPTZ 'epoch'));
        CREATE INDEX emotion_windows_by_hour
            ON emotion_windows (date_bin(INTERVAL '1 hour', window_start, TIMESTAMPTZ 'epoch'));
    END IF;
END
$$;
