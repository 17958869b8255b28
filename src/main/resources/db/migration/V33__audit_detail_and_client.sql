-- The audit trail, made complete (issue 22). Plain SQL that H2 and PostgreSQL both run.

-- A short detail: how many records a retention run deleted.
ALTER TABLE audit_entry ADD COLUMN detail VARCHAR(100);
-- Where an entry written during a request came from: the client's address (from
-- X-Forwarded-For only when a trusted proxy sent it) and its user agent, cut to 200
-- characters without control characters. Empty for the system (the retention job).
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN user_agent VARCHAR(200);

-- The audit page reads newest first, a page at a time, by who or by what: each filter
-- walks an index in the page's order instead of sorting the whole table.
DROP INDEX audit_entry_occurred_at;
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at, id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at, id);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at, id);
