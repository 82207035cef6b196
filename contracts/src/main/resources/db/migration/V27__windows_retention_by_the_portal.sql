-- The portal's retention job deletes emotion windows past the site's setting (Admin → Site
-- settings, 1–3,650 days) on TimescaleDB as on plain PostgreSQL; the hypertable's own 90-day
-- policy from V2 would drop older chunks even when the setting is longer.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM remove_retention_policy('emotion_windows', if_exists => true);
    END IF;
END
$$;
