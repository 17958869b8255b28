/**
 * Saved screenings and what hangs on them: reference codes, phone call records, notes,
 * call-back requests and the admissions lead's counts. Pages are in {@code staff.web}
 * (staff) and {@code screening.web} (the public opt-in forms).
 */
package org.iopfit.records;
