/**
 * The second factor after the password: passkeys (WebAuthn), recovery codes, one-time
 * enrolment codes (the first administrator's among them), the rule of who needs one, and
 * the step-up that asks for it again before a sensitive action.
 */
package org.iopfit.staff.passkeys;
