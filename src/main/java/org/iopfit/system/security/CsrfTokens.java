package org.iopfit.system.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * CSRF tokens in a cookie, as Spring Security's {@link CookieCsrfTokenRepository} keeps
 * them, but drawn from a random number generator of each thread's own. Spring's default
 * draws every new token ({@code UUID.randomUUID()}) and every masking of it from one
 * generator shared by all threads, whose lock every first visit then waits on.
 */
final class CsrfTokens implements CsrfTokenRepository {

	private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(CsrfTokens::newGenerator);

	/** The names {@link CookieCsrfTokenRepository} uses by default, as it reads them. */
	private static final String HEADER = "X-XSRF-TOKEN";

	private static final String PARAMETER = "_csrf";

	private final CookieCsrfTokenRepository cookies;

	CsrfTokens(CookieCsrfTokenRepository cookies) {
		this.cookies = cookies;
	}

	/** The masking of the token in each page, with the same per-thread generator. */
	static XorCsrfTokenRequestAttributeHandler requestHandler() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThread());
		return handler;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		byte[] token = new byte[16];
		RANDOM.get().nextBytes(token);
		return new DefaultCsrfToken(HEADER, PARAMETER, HexFormat.of().formatHex(token));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		this.cookies.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.cookies.loadToken(request);
	}

	private static SecureRandom newGenerator() {
		try {
			// DRBG keeps its state per instance; NativePRNG shares one lock across all.
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	/** A generator that hands each call to the calling thread's own. */
	private static final class PerThread extends SecureRandom {

		@Override
		public void nextBytes(byte[] bytes) {
			RANDOM.get().nextBytes(bytes);
		}

	}

}
