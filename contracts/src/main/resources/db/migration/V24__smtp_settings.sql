-- Outgoing mail (SMTP) set by admins on the settings page. An empty smtp_host means the server's
-- own configuration (application.yml / environment) is used; an empty mail_from likewise.
-- smtp_password is write-only in the portal: never shown back on a page, logged or audited.
ALTER TABLE site_settings
    ADD COLUMN smtp_host     text    NOT NULL DEFAULT '' CHECK (length(smtp_host) <= 253),
    ADD COLUMN smtp_port     integer NOT NULL DEFAULT 587 CHECK (smtp_port BETWEEN 1 AND 65535),
    ADD COLUMN smtp_security text    NOT NULL DEFAULT 'STARTTLS' CHECK (smtp_security IN ('NONE', 'STARTTLS', 'SSL_TLS')),
    ADD COLUMN smtp_username text    NOT NULL DEFAULT '' CHECK (length(smtp_username) <= 200),
    ADD COLUMN smtp_password text    NOT NULL DEFAULT '' CHECK (length(smtp_password) <= 200),
    ADD COLUMN mail_from     text    NOT NULL DEFAULT '' CHECK (length(mail_from) <= 254);
