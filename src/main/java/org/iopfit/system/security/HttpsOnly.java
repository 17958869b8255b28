package org.iopfit.system.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code screener.require-https}, sends an http request to the same path on https,
 * before any page, session or form sees it. "http" as the request sees it: behind a proxy
 * that ends TLS, its {@code X-Forwarded-Proto}, trusted from the proxies
 * {@code server.tomcat.remoteip.internal-proxies} names only. Browsers then keep to https
 * (Spring Security sends {@code Strict-Transport-Security} on every https response).
 * <p>
 * The health probes stay on http: a load balancer or an orchestrator asks them on the
 * machine's own address, and a redirect would read as down.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HttpsOnly extends OncePerRequestFilter {

	private final TransportProperties transport;

	HttpsOnly(TransportProperties transport) {
		this.transport = transport;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		String path = request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
		return !this.transport.requireHttps() || request.isSecure() || path.equals("/actuator/health")
				|| path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The host of the public address when set, never one the request names in a
		// forwarded header (the Host header is the request's own: it goes back to
		// whoever sent it).
		String authority = this.transport.publicUri()
			.map(URI::getRawAuthority)
			.orElseGet(() -> hostOnly(request.getServerName()));
		String query = request.getQueryString();
		String target = "https://" + authority + request.getRequestURI() + ((query != null) ? "?" + query : "");
		// 308 for a form, so a browser posts it again to https rather than dropping it
		// into a GET.
		boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		response.setStatus((safe ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT).value());
		response.setHeader(HttpHeaders.LOCATION, target);
		response.setHeader(HttpHeaders.CONNECTION, "close");
	}

	/** A host name as it may go into an address: an IPv6 literal in brackets. */
	private static String hostOnly(String serverName) {
		return (serverName.indexOf(':') >= 0 && !serverName.startsWith("[")) ? "[" + serverName + "]" : serverName;
	}

}
