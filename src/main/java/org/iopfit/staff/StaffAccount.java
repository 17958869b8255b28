package org.iopfit.staff;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member's account: a username, a hashed password, a role, and the state of its
 * sign-in attempts.
 */
@Table
public class StaffAccount {

	/** Lower-case letters, digits, dots, hyphens and underscores; 3 to 64 of them. */
	public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

	@Id
	private Long id;

	private String username;

	private String passwordHash;

	private StaffRole role;

	private boolean enabled;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant createdAt;

	StaffAccount() {
	}

	StaffAccount(String username, String passwordHash, StaffRole role, Instant createdAt) {
		if (!USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("Not a valid username");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Whether too many wrong passwords keep the account from signing in at this moment.
	 * @param now the current time
	 * @return {@code true} while locked
	 */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		// A new password, set by an administrator, also lifts a lock.
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

}
