-- One row per scheduled job that must run once across every instance sharing this database.
-- An instance runs the job only if it moves locked_until forward from the past (one UPDATE,
-- atomic on H2 and PostgreSQL); the lock is held until locked_until, not released early, so
-- an instance whose clock fires a little later skips the same night's run.
CREATE TABLE job_lock (
    name VARCHAR(64) PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by VARCHAR(200) NOT NULL
);

INSERT INTO job_lock (name, locked_until, locked_by) VALUES ('retention', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', 'nobody');
