package org.iopfit.staff.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.SignInProperties;
import org.iopfit.staff.StaffSessions;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccountManager;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.staff.secondfactor.StepUp;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a staff member confirms it is them before a change ({@link StepUp}): with their
 * passkey (the page's script, through Spring Security's WebAuthn endpoints, whose success
 * comes back to the page of the change), or, for an account with no passkey where the
 * rule lets it have none, with their password. Then back to the page of the change, with
 * a notice to make it again.
 */
@Controller
class StepUpController {

	private final StaffAccounts accounts;

	private final StaffAccountManager manager;

	private final SecondFactors secondFactors;

	private final AuditLog audit;

	private final Clock clock;

	private final SignInProperties rules;

	StepUpController(StaffAccounts accounts, StaffAccountManager manager, SecondFactors secondFactors, AuditLog audit,
			Clock clock, SignInProperties rules) {
		this.accounts = accounts;
		this.manager = manager;
		this.secondFactors = secondFactors;
		this.audit = audit;
		this.clock = clock;
		this.rules = rules;
	}

	@GetMapping(StepUp.CONFIRM)
	String confirm(Authentication user, Model model) {
		return page(account(user), Map.of(), model);
	}

	@PostMapping(StepUp.CONFIRM)
	String confirmWithPassword(@RequestParam(defaultValue = "") String password, Authentication user,
			HttpServletRequest request, Model model) {
		StaffAccount account = account(user);
		if (this.secondFactors.hasPasskey(account.getUsername())) {
			// An account with a passkey confirms with it: its password alone is one
			// factor.
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		if (password.isEmpty()) {
			return page(account, Map.of("password", "staff.confirm.password.missing"), model);
		}
		if (!this.manager.confirmPassword(account.getUsername(), password, this.rules.maxFailedLogins(),
				this.rules.lockDuration())) {
			if (this.accounts.findByUsername(account.getUsername())
				.filter((current) -> current.isLockedAt(this.clock.instant()))
				.isPresent()) {
				StaffSessions.endThis(request);
				return "redirect:/staff/login";
			}
			return page(account, Map.of("password", "staff.confirm.password.wrong"), model);
		}
		HttpSession session = request.getSession();
		StepUp.confirmed(session, this.clock.instant());
		this.audit.record(account.getUsername(), AuditAction.IDENTITY_CONFIRMED, RecordKind.STAFF_ACCOUNT,
				account.getId());
		String back = StepUp.takeReturn(session);
		return "redirect:" + ((back != null) ? back + "?confirmed" : "/staff");
	}

	private String page(StaffAccount account, Map<String, String> errors, Model model) {
		model.addAttribute("passkey", this.secondFactors.hasPasskey(account.getUsername()));
		model.addAttribute("errors", errors);
		return "staff/confirm";
	}

	private StaffAccount account(Authentication user) {
		return this.accounts.findByUsername(user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
