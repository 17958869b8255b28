package org.iopfit.limits;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.audit.AuditAction;
import org.iopfit.audit.AuditLog;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests of {@link ClientLimit}'s table against their client address, ahead
 * of Spring Security (a refused sign-in never reaches the password check) and of every
 * controller. A refusal answers 429 with Retry-After, through the error page, which keeps
 * the number to call on screen. The client address is the connection's, or the one a
 * trusted proxy forwarded (Tomcat's RemoteIpValve has set it by now).
 */
class ClientLimitFilter extends OncePerRequestFilter {

	private final ClientBuckets buckets;

	private final AuditLog audit;

	ClientLimitFilter(ClientBuckets buckets, AuditLog audit) {
		this.buckets = buckets;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The servlet path is the decoded, normalized one that Spring MVC and Security
		// match:
		// /%73taff/login and /staff/./login count as /staff/login.
		for (ClientLimit limit : ClientLimit.of(request.getMethod(), request.getServletPath())) {
			String key = limit.key(request.getRemoteAddr(), request);
			OptionalLong wait = this.buckets.take(key, limit.bucket());
			if (wait.isPresent()) {
				refuse(limit, key, wait.getAsLong(), response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(ClientLimit limit, String key, long nanosToWait, HttpServletResponse response)
			throws IOException {
		if (this.buckets.take("audit:" + key, limit.auditBucket()).isEmpty()) {
			this.audit.record(null, AuditAction.RATE_LIMITED, null, limit.id());
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + TimeUnit.SECONDS.toNanos(1) - 1));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
