-- Wrong recovery codes and wrong enrolment codes in a row, counted apart from wrong passwords:
-- a right password resets failed_logins but not this, so someone who has the password cannot
-- keep trying codes by signing in again. Only a second factor that works, or an
-- administrator's reset, sets it back to 0.
ALTER TABLE staff_account ADD COLUMN second_factor_failures INT DEFAULT 0 NOT NULL;

-- The one-time code an administrator makes so that an account without a passkey may register
-- its first: one per account (a new one replaces the old), used by deleting its row, and valid
-- for 24 hours. Only a SHA-256 hash of the username and the code is kept.
CREATE TABLE enrolment_code (
    account_id BIGINT PRIMARY KEY,
    code_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT enrolment_code_account FOREIGN KEY (account_id) REFERENCES staff_account (id) ON DELETE CASCADE
);
