package org.iopfit.staff.secondfactor;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.iopfit.staff.StaffAccount;
import org.iopfit.staff.StaffSessions;
import org.iopfit.staff.StaffAccounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a staff member who has signed in with their password only, but needs a second
 * factor, to the few addresses that give them one:
 * <ul>
 * <li>an account with a passkey (whatever the rule) is sent to confirm with it, or with a
 * recovery code ({@code /staff/second-factor});</li>
 * <li>an account without one that must have one is sent to register one
 * ({@code /staff/security?required}), but may use the passkey registration endpoints only
 * after typing a valid one-time enrolment code in this session ({@link #ENROLMENT_CODE}):
 * a password alone must never be enough to bind a stranger's passkey to the account.</li>
 * </ul>
 * A sign-in is complete with the password factor and a passkey or recovery code factor
 * ({@link FactorGrantedAuthority}); Spring Security adds each factor to the same
 * authentication ({@code @EnableMultiFactorAuthentication}).
 */
public class SecondFactorGate extends OncePerRequestFilter {

	/** The factor a recovery code gives, in place of a passkey. */
	public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

	/** Where a staff member with a passkey confirms it is them. */
	public static final String CONFIRM = "/staff/second-factor";

	/** Where a staff member registers a passkey. */
	public static final String SECURITY = "/staff/security";

	/** Where recovery codes just made are shown. */
	public static final String NEW_CODES = "/staff/recovery-codes";

	/**
	 * Where an account without a passkey types its enrolment code (the per-address limit
	 * on code paths names this address too).
	 */
	public static final String ENROLMENT_CODE = SECURITY + "/enrolment-code";

	/**
	 * The session attribute that holds the username whose enrolment code was accepted in
	 * this session: only then are the registration endpoints open to it.
	 */
	public static final String ENROLMENT_ACCEPTED = SecondFactorGate.class.getName() + ".ENROLMENT_ACCEPTED";

	private static final Set<String> CONFIRMING = Set.of(CONFIRM, CONFIRM + "/recovery-code", NEW_CODES,
			"/webauthn/authenticate/options", "/login/webauthn");

	private static final Set<String> REGISTERING = Set.of(SECURITY, NEW_CODES, "/webauthn/register/options",
			"/webauthn/register");

	private static final Set<String> ENROLLING = Set.of(SECURITY, ENROLMENT_CODE);

	private final StaffAccounts accounts;

	private final SecondFactors secondFactors;

	public SecondFactorGate(StaffAccounts accounts, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	/**
	 * Whether a sign-in included a passkey or a recovery code.
	 * @param authentication the sign-in
	 * @return {@code true} when it did
	 */
	public static boolean hasSecondFactor(Authentication authentication) {
		return has(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
				|| has(authentication, RECOVERY_CODE_AUTHORITY);
	}

	/**
	 * Whether a sign-in included one factor.
	 * @param authentication the sign-in
	 * @param authority the factor's authority
	 * @return {@code true} when it did
	 */
	public static boolean has(Authentication authentication, String authority) {
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
			// A passkey alone is not a sign-in: the password comes first, always.
			StaffSessions.endThis(request);
			response.sendRedirect(request.getContextPath() + "/staff/login");
			return;
		}
		if (hasSecondFactor(authentication)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/staff/login")) {
			chain.doFilter(request, response);
			return;
		}
		Optional<StaffAccount> account = this.accounts.findByUsername(authentication.getName());
		if (account.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (this.secondFactors.hasPasskey(account.get().getUsername())) {
			pass(CONFIRMING, path, CONFIRM, request, response, chain);
		}
		else if (this.secondFactors.required(account.get())) {
			HttpSession session = request.getSession(false);
			boolean accepted = session != null
					&& authentication.getName().equals(session.getAttribute(ENROLMENT_ACCEPTED));
			pass(accepted ? REGISTERING : ENROLLING, path, SECURITY + "?required", request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * This gate for the passkey registration endpoints only, to run ahead of Spring
	 * Security's registration filters: they answer {@code /webauthn/register/options} and
	 * {@code /webauthn/register} before the gate's own place in the chain, so without
	 * this a password alone (with or without an enrolment code) could register a passkey.
	 * @return the filter
	 */
	public OncePerRequestFilter beforeRegistration() {
		return new BeforeRegistration(this);
	}

	private static final class BeforeRegistration extends OncePerRequestFilter {

		private final SecondFactorGate gate;

		private BeforeRegistration(SecondFactorGate gate) {
			this.gate = gate;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/webauthn/register")) {
				this.gate.doFilterInternal(request, response, chain);
			}
			else {
				chain.doFilter(request, response);
			}
		}

	}

	private static void pass(Set<String> allowed, String path, String elsewhere, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		if (allowed.contains(path)) {
			chain.doFilter(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + elsewhere);
		}
	}

}
