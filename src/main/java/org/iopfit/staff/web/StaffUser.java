package org.iopfit.staff.web;

/**
 * The signed-in staff member, as the console's header shows them.
 *
 * @param username the username
 * @param admin whether they may manage accounts and read the audit log
 */
record StaffUser(String username, boolean admin) {
}
