package org.iopfit.staff.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import org.iopfit.audit.RecordKind;
import org.iopfit.staff.PasswordPolicy;
import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffAccountManager;
import org.iopfit.staff.StaffAccounts;
import org.iopfit.staff.StaffRole;
import org.iopfit.staff.secondfactor.SecondFactors;
import org.iopfit.system.Usernames;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts, for administrators: the list, a new account, one account's page (which
 * shows who has opened it), disabling and enabling, setting a new password, and making a
 * one-time enrolment code for an account without a passkey. Opening an account and
 * listing them are audited like any record. Every change first asks the administrator to
 * confirm it is them when their last check is older than five minutes
 * ({@link org.iopfit.staff.StepUp}).
 */
@Controller
class AccountsController {

	private final StaffAccounts accounts;

	private final StaffAccountManager manager;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	private final SecondFactors secondFactors;

	private final Times times;

	AccountsController(StaffAccounts accounts, StaffAccountManager manager, PasswordPolicy policy, AuditLog audit,
			Clock clock, SecondFactors secondFactors, Times times) {
		this.times = times;
		this.accounts = accounts;
		this.manager = manager;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.secondFactors = secondFactors;
	}

	@ModelAttribute("roles")
	StaffRole[] roles() {
		return StaffRole.values();
	}

	@GetMapping("/staff/accounts")
	String list(Authentication user, Model model) {
		this.audit.record(user.getName(), AuditAction.SEARCHED, RecordKind.STAFF_ACCOUNT, null);
		List<AccountView> views = this.accounts.findAllByOrderByUsername()
			.stream()
			.map((account) -> AccountView.of(account, user.getName(), this.clock.instant(), this.times))
			.toList();
		model.addAttribute("accounts", views);
		return "staff/accounts";
	}

	@GetMapping("/staff/accounts/new")
	String newAccount(@RequestParam Map<String, String> params, Model model) {
		model.addAttribute("notice", params.containsKey("confirmed") ? "staff.account.notice.confirmed" : null);
		model.addAttribute("form", new AccountForm());
		model.addAttribute("errors", Map.of());
		return "staff/account-new";
	}

	@PostMapping("/staff/accounts")
	String create(@ModelAttribute("form") AccountForm form, Authentication user, Model model) {
		Map<String, String> errors = form.errors(this.policy,
				this.accounts.existsByUsername(Usernames.normalize(form.getUsername())));
		if (!errors.isEmpty()) {
			// The password is never sent back to the browser.
			form.setPassword("");
			model.addAttribute("errors", errors);
			return "staff/account-new";
		}
		StaffAccount account = this.manager.create(user.getName(), form.getUsername(), form.getRole(),
				form.getPassword());
		return "redirect:/staff/accounts/" + account.getId() + "?created";
	}

	@GetMapping("/staff/accounts/{id}")
	String show(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Model model) {
		StaffAccount account = find(id);
		this.audit.record(user.getName(), AuditAction.VIEWED, RecordKind.STAFF_ACCOUNT, id);
		String notice = List
			.of("created", "disabled", "enabled", "passwordReset", "ownPasswordChanged", "secondFactorReset",
					"confirmed")
			.stream()
			.filter(params::containsKey)
			.findFirst()
			.map((key) -> "staff.account.notice." + key)
			.orElse(null);
		model.addAttribute("notice", notice);
		return showAccount(account, user, Map.of(), model);
	}

	@PostMapping("/staff/accounts/{id}/disable")
	String disable(@PathVariable long id, Authentication user) {
		StaffAccount account = find(id);
		if (account.getUsername().equals(user.getName())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		this.manager.disable(user.getName(), id);
		return "redirect:/staff/accounts/" + id + "?disabled";
	}

	@PostMapping("/staff/accounts/{id}/enable")
	String enable(@PathVariable long id, Authentication user) {
		find(id);
		this.manager.enable(user.getName(), id);
		return "redirect:/staff/accounts/" + id + "?enabled";
	}

	@PostMapping("/staff/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Authentication user,
			HttpServletRequest request, Model model) {
		StaffAccount account = find(id);
		var problem = this.policy.check(password, account.getUsername());
		if (problem.isPresent()) {
			model.addAttribute("notice", null);
			return showAccount(account, user, Map.of("password", "staff.password.problem." + problem.get()), model);
		}
		if (account.getUsername().equals(user.getName())) {
			// Whoever knew the old password is signed out; this session goes on.
			this.manager.changeOwnPassword(user.getName(), password, request.getSession().getId());
			return "redirect:/staff/accounts/" + id + "?ownPasswordChanged";
		}
		this.manager.resetPassword(user.getName(), id, password);
		return "redirect:/staff/accounts/" + id + "?passwordReset";
	}

	@PostMapping("/staff/accounts/{id}/enrolment-code")
	String enrolmentCode(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		StaffAccount account = find(id);
		if (!this.secondFactors.needsEnrolmentCode(account)) {
			// It has a passkey, or the rule lets it register one without a code.
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		try {
			// Shown once, on the page this redirects to, and never stored but as a hash.
			redirect.addFlashAttribute("enrolmentCode", this.secondFactors.newEnrolmentCode(user.getName(), account));
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return "redirect:/staff/accounts/" + id;
	}

	private String showAccount(StaffAccount account, Authentication user, Map<String, String> errors, Model model) {
		model.addAttribute("account", AccountView.of(account, user.getName(), this.clock.instant(), this.times));
		model.addAttribute("views",
				this.audit.viewsOf(RecordKind.STAFF_ACCOUNT, account.getId())
					.stream()
					.map((entry) -> new ViewRow(entry.actor(), this.times.format(entry.occurredAt())))
					.toList());
		model.addAttribute("errors", errors);
		model.addAttribute("passkeyCount", this.secondFactors.passkeysOf(account.getUsername()).size());
		model.addAttribute("canMakeEnrolmentCode",
				!account.getUsername().equals(user.getName()) && this.secondFactors.needsEnrolmentCode(account));
		if (!model.containsAttribute("enrolmentCode")) {
			model.addAttribute("enrolmentCode", null);
		}
		return "staff/account";
	}

	private StaffAccount find(long id) {
		return this.manager.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * One account as the pages show it.
	 */
	record AccountView(long id, String username, String roleKey, String statusKey, String created, boolean enabled,
			boolean self) {

		static AccountView of(StaffAccount account, String viewer, Instant now, Times times) {
			String status = !account.isEnabled() ? "disabled" : account.isLockedAt(now) ? "locked" : "active";
			return new AccountView(account.getId(), account.getUsername(), "staff.role." + account.getRole(),
					"staff.account.status." + status, times.format(account.getCreatedAt()), account.isEnabled(),
					account.getUsername().equals(viewer));
		}

	}

}
