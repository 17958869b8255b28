/**
 * The audit log: who did what to which record and when, written by every feature in the
 * caller's transaction and searched page by page on the staff console.
 */
package org.iopfit.audit;
