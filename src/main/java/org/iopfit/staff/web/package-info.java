/**
 * The staff console's frame and its own pages: the security chain of {@code /staff/**},
 * the layout model and shared view pieces, sign-in and the second factor's pages, the
 * start page, staff accounts and the audit log.
 */
package org.iopfit.staff.web;
