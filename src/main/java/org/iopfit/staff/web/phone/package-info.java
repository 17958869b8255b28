/**
 * Phone mode: a staff member screens a caller page by page from a read-aloud script and
 * saves the call once as a record, the call in progress a database row with a random id
 * ({@code records.PhoneCalls}), never the HTTP session.
 */
package org.iopfit.staff.web.phone;
