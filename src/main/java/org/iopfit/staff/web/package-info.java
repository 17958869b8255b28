/**
 * The staff console's pages: sign-in, the start page, staff accounts and the audit log;
 * phone mode, saved screenings, the call-back queue and the admissions report.
 */
package org.iopfit.staff.web;
