/**
 * The staff console's core: staff accounts and how they sign in, the audit log of who did
 * what to which record, and how long records are kept. Pages are in {@code staff.web}.
 */
package org.iopfit.staff;
