package org.iopfit.staff.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffSessions;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.secondfactor.NewRecoveryCodes;
import org.iopfit.staff.secondfactor.SecondFactorGate;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.staff.secondfactor.SecondFactors.CodeResult;
import org.iopfit.staff.secondfactor.StepUp;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: a passkey (the page's script and Spring Security's
 * WebAuthn endpoints), or one of the account's recovery codes (a plain form, which works
 * without JavaScript). Also the page that shows new recovery codes, once.
 */
@Controller
class SecondFactorController {

	private final StaffAccounts accounts;

	private final SecondFactors secondFactors;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorController(StaffAccounts accounts, SecondFactors secondFactors, Clock clock) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@GetMapping(SecondFactorGate.CONFIRM)
	String confirm(Authentication user, Model model) {
		if (SecondFactorGate.hasSecondFactor(user)) {
			return "redirect:/staff";
		}
		model.addAttribute("errors", Map.of());
		return "staff/second-factor";
	}

	@PostMapping(SecondFactorGate.CONFIRM + "/recovery-code")
	String recoveryCode(@RequestParam(defaultValue = "") String code, Authentication user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (SecondFactorGate.hasSecondFactor(user)) {
			return "redirect:/staff";
		}
		StaffAccount account = this.accounts.findByUsername(user.getName()).orElseThrow();
		if (code.isBlank()) {
			model.addAttribute("errors", Map.of("code", "staff.secondFactor.code.missing"));
			return "staff/second-factor";
		}
		CodeResult result = this.secondFactors.useRecoveryCode(account, code);
		if (result == CodeResult.LOCKED) {
			StaffSessions.endThis(request);
			return "redirect:/staff/login";
		}
		if (result == CodeResult.WRONG) {
			// The code typed is not sent back, like a password.
			model.addAttribute("errors", Map.of("code", "staff.secondFactor.code.wrong"));
			return "staff/second-factor";
		}
		Authentication signedIn = user.toBuilder()
			.authorities((authorities) -> authorities
				.add(FactorGrantedAuthority.fromAuthority(SecondFactorGate.RECOVERY_CODE_AUTHORITY)))
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		// A new session id with each factor, as with the password and the passkey.
		request.changeSessionId();
		StepUp.confirmed(request.getSession(), this.clock.instant());
		this.contexts.saveContext(context, request, response);
		return "redirect:" + SecondFactorGate.SECURITY + "?recoveryCodeUsed";
	}

	@GetMapping(SecondFactorGate.NEW_CODES)
	String newCodes(Authentication user, HttpServletRequest request, Model model) {
		List<String> codes = NewRecoveryCodes.take(request);
		if (codes.isEmpty()) {
			// The script comes here after every registration; only a first passkey
			// (or new codes asked for) brings codes to show.
			return "redirect:" + SecondFactorGate.SECURITY + "?registered";
		}
		model.addAttribute("codes", codes);
		// Right after registering a first passkey, the sign-in goes on with it.
		boolean signedIn = SecondFactorGate.hasSecondFactor(user);
		model.addAttribute("next", signedIn ? SecondFactorGate.SECURITY : SecondFactorGate.CONFIRM);
		model.addAttribute("nextKey", signedIn ? "staff.codes.next.done" : "staff.codes.next.confirm");
		return "staff/recovery-codes";
	}

}
