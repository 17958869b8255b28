package org.iopfit.staff.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.iopfit.system.Usernames;
import org.iopfit.staff.PasswordPolicy;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffRole;

/**
 * The new-account form. Checked by hand rather than by Bean Validation, since the
 * password rules need the username and the policy's list.
 */
class AccountForm {

	private String username = "";

	private StaffRole role;

	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username : "";
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password != null) ? password : "";
	}

	/**
	 * Every problem, in the order of the fields.
	 * @param policy the password policy
	 * @param taken whether the username is already used
	 * @return the id of each field in error, with its message key
	 */
	Map<String, String> errors(PasswordPolicy policy, boolean taken) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = Usernames.normalize(this.username);
		if (name.isEmpty()) {
			errors.put("username", "staff.account.username.missing");
		}
		else if (!StaffAccount.USERNAME.matcher(name).matches()) {
			errors.put("username", "staff.account.username.invalid");
		}
		else if (taken) {
			errors.put("username", "staff.account.username.taken");
		}
		if (this.role == null) {
			errors.put("role-" + StaffRole.ADMISSIONS, "staff.account.role.missing");
		}
		policy.check(this.password, name)
			.ifPresent((problem) -> errors.put("password", "staff.password.problem." + problem));
		return errors;
	}

}
