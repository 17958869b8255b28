/**
 * The staff console's pages: sign-in, the start page, staff accounts and the audit log.
 */
package org.iopfit.staff.web;
