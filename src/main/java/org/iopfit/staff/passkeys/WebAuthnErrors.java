package org.iopfit.staff.passkeys;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 rather than 500 when Spring Security's WebAuthn endpoints meet a request
 * they cannot use (a forged or garbled passkey response, a passkey without a name,
 * registration options asked for without a sign-in): nothing a client sends may cause a
 * server error. Security exceptions go on to Spring Security as before.
 */
class WebAuthnErrors extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/webauthn/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (AccessDeniedException | AuthenticationException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json");
			response.getWriter().write("{\"success\":false}");
		}
	}

}
