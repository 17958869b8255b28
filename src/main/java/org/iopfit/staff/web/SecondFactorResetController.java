package org.iopfit.staff.web;

import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccountManager;
import org.iopfit.staff.secondfactor.SecondFactors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * An administrator resets another account's second factor, for someone who has lost their
 * passkeys and recovery codes: both are deleted, the account's sessions end, and it
 * registers a new passkey at its next sign-in.
 */
@Controller
class SecondFactorResetController {

	private final StaffAccountManager manager;

	private final SecondFactors secondFactors;

	SecondFactorResetController(StaffAccountManager manager, SecondFactors secondFactors) {
		this.manager = manager;
		this.secondFactors = secondFactors;
	}

	@PostMapping("/staff/accounts/{id}/second-factor/reset")
	String reset(@PathVariable long id, Authentication user) {
		StaffAccount account = this.manager.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			this.secondFactors.reset(user.getName(), account);
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return "redirect:/staff/accounts/" + id + "?secondFactorReset";
	}

}
