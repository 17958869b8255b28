package org.iopfit.staff;

import java.util.List;

/**
 * What a staff member may do. Administrators can do everything admissions staff can, and
 * also manage staff accounts and read the audit log.
 */
public enum StaffRole {

	/** Screens callers, sees screenings and call-backs. */
	ADMISSIONS,

	/** Also creates, disables and resets staff accounts and reads the audit log. */
	ADMIN;

	/**
	 * The Spring Security roles (without the {@code ROLE_} prefix) this role grants.
	 * @return the role names
	 */
	public List<String> grantedRoles() {
		return (this == ADMIN) ? List.of("ADMIN", "ADMISSIONS") : List.of("ADMISSIONS");
	}

}
