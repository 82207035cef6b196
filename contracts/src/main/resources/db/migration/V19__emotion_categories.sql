-- How the portal names, colours and sounds emotions. The 7 model classes are built in (members =
-- themselves; they can be renamed and recoloured, not removed); admins add categories that group
-- them, e.g. "distress" = fear + sadness. abnormal marks what alerts are about.
CREATE TABLE emotion_categories (
    key          text    PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_-]{0,31}$'),
    display_name text    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    color        text    NOT NULL CHECK (color ~ '^#[0-9a-f]{6}$'),
    abnormal     boolean NOT NULL DEFAULT false,
    sound        text    NOT NULL DEFAULT '' CHECK (sound ~ '^[a-z0-9_-]{0,40}$'),
    members      text[]  NOT NULL CHECK (cardinality(members) >= 1 AND members <@ ARRAY['anger', 'disgust', 'fear',
                                         'happiness', 'neutral', 'sadness', 'surprise']),
    builtin      boolean NOT NULL DEFAULT false
);

INSERT INTO emotion_categories (key, display_name, color, abnormal, sound, members, builtin) VALUES
    ('anger',     'Anger',     '#e5484d', true,  'alarm', '{anger}',     true),
    ('disgust',   'Disgust',   '#8d7a2c', false, '',      '{disgust}',   true),
    ('fear',      'Fear',      '#8e4ec6', true,  'alarm', '{fear}',      true),
    ('happiness', 'Happiness', '#f5b400', false, '',      '{happiness}', true),
    ('neutral',   'Neutral',   '#8b8d98', false, '',      '{neutral}',   true),
    ('sadness',   'Sadness',   '#3e63dd', false, '',      '{sadness}',   true),
    ('surprise',  'Surprise',  '#12a594', false, '',      '{surprise}',  true),
    ('distress',  'Distress',  '#b54dc4', true,  'chime', '{fear,sadness}', false);
