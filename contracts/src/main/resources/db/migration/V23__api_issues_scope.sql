-- API tokens get an "issues" scope: every role reports issues on the pages, viewers included,
-- while viewers hold no "write" scope, so reporting over the API needs a scope of its own.
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_scopes_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scopes_check
    CHECK (scopes <@ ARRAY['read', 'write', 'admin', 'issues'] AND cardinality(scopes) > 0);
