-- Site-wide settings the admins edit in the portal: one row, id 1.
-- deployment_purpose is checked wherever emotion alerts are raised or configured: in workplaces
-- and education, emotion recognition is prohibited (EU AI Act Art. 5(1)(f)) except for medical or
-- safety reasons, so alerts are refused there.
CREATE TABLE site_settings (
    id                    integer     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    deployment_purpose    text        NOT NULL DEFAULT 'UNDECLARED'
                          CHECK (deployment_purpose IN ('UNDECLARED', 'PUBLIC_SPACE', 'RETAIL', 'TRANSPORT',
                                                        'EVENTS', 'HEALTHCARE', 'WORKPLACE', 'EDUCATION')),
    windows_retention_days integer    NOT NULL DEFAULT 90  CHECK (windows_retention_days BETWEEN 1 AND 3650),
    alerts_retention_days  integer    NOT NULL DEFAULT 365 CHECK (alerts_retention_days BETWEEN 1 AND 3650),
    audit_retention_days   integer    NOT NULL DEFAULT 730 CHECK (audit_retention_days BETWEEN 1 AND 3650),
    attachments_retention_days integer NOT NULL DEFAULT 365 CHECK (attachments_retention_days BETWEEN 1 AND 3650),
    privacy_blur_default  boolean     NOT NULL DEFAULT true,
    map_tile_url          text        NOT NULL DEFAULT '',
    updated_at            timestamptz NOT NULL DEFAULT now(),
    updated_by            text        NOT NULL DEFAULT ''
);

INSERT INTO site_settings (id) VALUES (1);
