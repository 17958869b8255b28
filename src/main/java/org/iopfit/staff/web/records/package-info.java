/**
 * The console's pages over the records: saved screenings with their notes and
 * corrections, the call-back queue, the admissions report and the FHIR export.
 */
package org.iopfit.staff.web.records;
