package org.iopfit.staff.secondfactor;

import org.iopfit.staff.StaffRole;

/**
 * Which staff accounts must have a second factor
 * ({@code screener.security.second-factor}). An account that has a passkey is always
 * asked for it after its password, whatever the rule; the rule says which accounts
 * without one are taken to register one right after their password, and may do nothing
 * else until they have.
 */
public enum SecondFactorRule {

	/**
	 * Administrators must have a passkey; admissions staff read records with a password
	 * alone. For trials only: logged as a warning at start.
	 */
	REQUIRED_FOR_ADMINS,

	/**
	 * Every staff account must have a passkey (the default): every role can read 42 CFR
	 * Part 2 records.
	 */
	REQUIRED_FOR_ALL,

	/**
	 * Nobody must; a staff member may add passkeys from their security page. For trials
	 * only: logged as a warning at start.
	 */
	OPTIONAL;

	/**
	 * Whether an account with this role must have a passkey.
	 * @param role the account's role
	 * @return {@code true} when it must
	 */
	public boolean requiredFor(StaffRole role) {
		return switch (this) {
			case REQUIRED_FOR_ALL -> true;
			case REQUIRED_FOR_ADMINS -> role == StaffRole.ADMIN;
			case OPTIONAL -> false;
		};
	}

}
