package org.iopfit.staff.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffSessions;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.secondfactor.NewRecoveryCodes;
import org.iopfit.staff.secondfactor.SecondFactorGate;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.staff.secondfactor.SecondFactors.CodeResult;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A staff member's own passkeys and recovery codes: add a passkey (the page's script with
 * Spring Security's WebAuthn endpoints), remove one (never the last while a second factor
 * is required), and make new recovery codes. Also where an account that must have a
 * passkey is sent to register its first: it types the one-time enrolment code an
 * administrator gave it, and only then may it register.
 */
@Controller
class SecurityController {

	private static final List<String> NOTICES = List.of("required", "registered", "removed", "recoveryCodeUsed",
			"codeAccepted", "confirmed");

	private final StaffAccounts accounts;

	private final SecondFactors secondFactors;

	private final Times times;

	SecurityController(StaffAccounts accounts, SecondFactors secondFactors, Times times) {
		this.times = times;
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	@GetMapping(SecondFactorGate.SECURITY)
	String security(@RequestParam Map<String, String> params, Authentication user, HttpServletRequest request,
			Model model) {
		StaffAccount account = account(user);
		return page(account, params, Map.of(), request, model);
	}

	@PostMapping(SecondFactorGate.ENROLMENT_CODE)
	String enrolmentCode(@RequestParam(defaultValue = "") String code, Authentication user, HttpServletRequest request,
			Model model) {
		StaffAccount account = account(user);
		if (!this.secondFactors.needsEnrolmentCode(account)) {
			return "redirect:" + SecondFactorGate.SECURITY;
		}
		if (code.isBlank()) {
			return page(account, Map.of("required", ""), Map.of("code", "staff.security.enrolment.code.missing"),
					request, model);
		}
		CodeResult result = this.secondFactors.useEnrolmentCode(account, code);
		if (result == CodeResult.LOCKED) {
			StaffSessions.endThis(request);
			return "redirect:/staff/login";
		}
		if (result == CodeResult.WRONG) {
			// The code typed is not sent back, like a password.
			return page(account, Map.of("required", ""), Map.of("code", "staff.security.enrolment.code.wrong"), request,
					model);
		}
		request.getSession().setAttribute(SecondFactorGate.ENROLMENT_ACCEPTED, account.getUsername());
		return "redirect:" + SecondFactorGate.SECURITY + "?codeAccepted";
	}

	private String page(StaffAccount account, Map<String, String> params, Map<String, String> errors,
			HttpServletRequest request, Model model) {
		List<PasskeyRow> passkeys = this.secondFactors.passkeysOf(account.getUsername())
			.stream()
			.map((passkey) -> new PasskeyRow(passkey.id(), passkey.label(), this.times.format(passkey.created()),
					this.times.format(passkey.lastUsed())))
			.toList();
		boolean required = this.secondFactors.required(account);
		model.addAttribute("passkeys", passkeys);
		model.addAttribute("required", required);
		model.addAttribute("canRemove", passkeys.size() > 1 || !required);
		model.addAttribute("unusedCodes", this.secondFactors.unusedRecoveryCodes(account));
		model.addAttribute("notice",
				NOTICES.stream()
					.filter(params::containsKey)
					.findFirst()
					.map((key) -> "staff.security.notice." + key)
					.orElse(null));
		model.addAttribute("errors", errors);
		HttpSession session = request.getSession(false);
		boolean accepted = session != null
				&& account.getUsername().equals(session.getAttribute(SecondFactorGate.ENROLMENT_ACCEPTED));
		model.addAttribute("needsCode", !accepted && this.secondFactors.needsEnrolmentCode(account));
		return "staff/security";
	}

	@PostMapping(SecondFactorGate.SECURITY + "/passkeys/{id}/remove")
	String remove(@PathVariable String id, Authentication user) {
		try {
			if (!this.secondFactors.remove(account(user), id)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return "redirect:" + SecondFactorGate.SECURITY + "?removed";
	}

	@PostMapping(SecondFactorGate.SECURITY + "/recovery-codes")
	String newRecoveryCodes(Authentication user) {
		StaffAccount account = account(user);
		if (!this.secondFactors.hasPasskey(account.getUsername())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		NewRecoveryCodes.keep(this.secondFactors.newRecoveryCodes(account));
		return "redirect:" + SecondFactorGate.NEW_CODES;
	}

	private StaffAccount account(Authentication user) {
		return this.accounts.findByUsername(user.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A passkey as the page shows it.
	 */
	record PasskeyRow(String id, String label, String created, String lastUsed) {
	}

}
