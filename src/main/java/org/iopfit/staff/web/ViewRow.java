package org.iopfit.staff.web;

/**
 * Who opened a record, and when: a line of the views listed under an account and under a
 * screening record.
 *
 * @param who the staff member's username
 * @param when the moment, as the console shows times
 */
public record ViewRow(String who, String when) {
}
