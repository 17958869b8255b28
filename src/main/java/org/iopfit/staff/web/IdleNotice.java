package org.iopfit.staff.web;

/**
 * What a staff page says about its session's idle limit: when it ends if nothing is done
 * (for pages read without the script), and for the script, when to warn.
 *
 * @param idleSeconds the idle limit
 * @param warnAfterSeconds when the warning shows, two minutes before the limit
 * @param endsAt the time of day it ends if idle, in the staff's zone
 * @param minutes the idle limit in minutes
 */
record IdleNotice(int idleSeconds, int warnAfterSeconds, String endsAt, long minutes) {

	/** How long before the limit the warning shows. */
	static final int WARN_BEFORE_SECONDS = 120;

}
