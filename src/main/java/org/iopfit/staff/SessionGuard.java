package org.iopfit.staff;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session 12 hours after sign-in however active it is (the idle limit of 30
 * minutes is the session store's own), and at once when its account has been disabled,
 * even by a change made straight in the database. Then the request goes on as anonymous,
 * and the sign-in page follows.
 */
public class SessionGuard extends OncePerRequestFilter {

	/** The session attribute that holds the moment of sign-in. */
	public static final String SIGNED_IN_AT = SessionGuard.class.getName() + ".SIGNED_IN_AT";

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final SignInProperties rules;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	public SessionGuard(StaffAccounts accounts, AuditLog audit, Clock clock, SignInProperties rules) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.rules = rules;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			String username = authentication.getName();
			Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
			boolean expired = signedInAt == null
					|| !this.clock.instant().isBefore(signedInAt.plus(this.rules.absoluteSessionTimeout()));
			boolean active = this.accounts.findByUsername(username).filter(StaffAccount::isEnabled).isPresent();
			if (expired || !active) {
				session.invalidate();
				this.contexts.clearContext();
				if (expired && active) {
					this.audit.record(username, AuditAction.SESSION_EXPIRED, null, null);
					response.sendRedirect(request.getContextPath() + "/staff/login?expired");
				}
				else {
					response.sendRedirect(request.getContextPath() + "/staff/login");
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
