-- camera_status keeps the v2 status details the camera page shows: frames dropped because analysis
-- fell behind, and face rejections per reason as "reason=count" pairs sorted by reason
-- ("blurry=3,pose=1,small=0"); written and read by the portal only.
ALTER TABLE camera_status
    ADD COLUMN frames_dropped     bigint NOT NULL DEFAULT 0,
    ADD COLUMN rejected_by_reason text   NOT NULL DEFAULT '';

-- Alarm sounds are named by a severity (LOW .. CRITICAL) or by the sound an emotion category
-- names (emotion_categories.sound, e.g. "chime"); a category's sound is played when uploaded.
ALTER TABLE alarm_sounds DROP CONSTRAINT alarm_sounds_severity_check;
ALTER TABLE alarm_sounds RENAME COLUMN severity TO sound;
ALTER TABLE alarm_sounds ADD CONSTRAINT alarm_sounds_sound_check
    CHECK (sound IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL') OR sound ~ '^[a-z0-9_-]{1,40}$');
