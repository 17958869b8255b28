/**
 * Saved screenings and what hangs on them (reference codes, phone call records, notes,
 * call-back requests, the admissions counts) and the phone calls in progress they are
 * saved from, kept for the staff console but knowing nothing of it.
 */
package org.iopfit.records;
