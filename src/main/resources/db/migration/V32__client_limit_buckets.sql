-- Bucket4j's buckets for the limits per client address (org.iopfit.limits), one row per
-- limit and address, shared by every instance on this database. state is Bucket4j's own
-- serialized bucket (BYTEA: a byte string on PostgreSQL, an alias of VARBINARY on H2);
-- expires_at is when the row may go (milliseconds since 1970), a day after its last use:
-- the nightly retention job deletes older rows, when every bucket would be full again anyway.
CREATE TABLE client_limit_bucket (
    id VARCHAR(200) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);

CREATE INDEX client_limit_bucket_expires_at ON client_limit_bucket (expires_at);
