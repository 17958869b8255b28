-- Phone calls in progress (issue 24): a call is a row with a random id from its first
-- step, not something in one HTTP session, so two tabs are two calls and an idle timeout,
-- a restart or another instance loses nothing. Kept a day (screener.call-retention-days).
-- Plain SQL that H2 and PostgreSQL both run unchanged.
CREATE TABLE phone_call (
    -- 128 random bits in lower-case Crockford base32 (26 characters), never a sequence
    id VARCHAR(26) PRIMARY KEY,
    -- only this worker may open the call
    staff_username VARCHAR(64) NOT NULL,
    call_type VARCHAR(20) NOT NULL,
    -- the answers so far as org.iopfit.questions.Draft#toBytes, as saved_screening.answers
    answers BYTEA NOT NULL,
    -- the online screening being confirmed with the caller, if any
    based_on_code VARCHAR(8),
    -- the page to go on with: a step's slug, 'result' or 'crisis'
    step VARCHAR(20) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX phone_call_staff ON phone_call (staff_username, created_at);
CREATE INDEX phone_call_updated_at ON phone_call (updated_at);

-- One record per call, enforced here rather than hoped for: a second submit of the same
-- call (a double click, a resend, Back then Save) hits this key and is read back as the
-- record already saved. An emergency record withdrawn as opened by mistake gives its call
-- id up (the record stays, marked), so the call can still be saved once.
ALTER TABLE saved_screening ADD COLUMN call_id VARCHAR(26);
ALTER TABLE saved_screening ADD CONSTRAINT saved_screening_call_unique UNIQUE (call_id);
-- Where the caller is, typed on the crisis protocol page.
ALTER TABLE saved_screening ADD COLUMN caller_location VARCHAR(300);
-- Why the worker left the crisis protocol for the questions: the emergency record was a
-- mistake (empty unless withdrawn).
ALTER TABLE saved_screening ADD COLUMN withdrawn_reason VARCHAR(1000);
