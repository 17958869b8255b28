/**
 * Phone mode: a staff member screens a caller page by page from a read-aloud script and
 * saves the call as a record, the screening in progress kept in the database session.
 */
package org.iopfit.staff.web.phone;
