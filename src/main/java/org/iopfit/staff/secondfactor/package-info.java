/**
 * The second factor after the password: who needs one, recovery codes, one-time enrolment
 * codes (the first administrator's among them), the gate that sends a half-signed-in
 * account on, and the step-up that asks again before a sensitive change.
 */
package org.iopfit.staff.secondfactor;
