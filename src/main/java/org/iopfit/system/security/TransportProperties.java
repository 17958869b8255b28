package org.iopfit.system.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app is reached: the address staff and visitors use, and whether plain http is
 * refused. Documented with the defaults in {@code application.yml}.
 *
 * @param requireHttps whether an http request is sent to https, and every cookie is
 * {@code Secure} with the {@code __Host-} prefix (the browser then refuses one set
 * without Secure, for another path, or by another host of the domain)
 * @param publicUrl the address the app is served from, such as
 * {@code https://screener.example.org}; empty for none. The https redirect names its host
 * rather than one a request claims
 */
@ConfigurationProperties("screener")
public record TransportProperties(@DefaultValue("false") boolean requireHttps, @DefaultValue("") String publicUrl) {

	/** The prefix a browser holds to: Secure, Path=/, no Domain. */
	static final String HOST_PREFIX = "__Host-";

	public TransportProperties {
		publicUrl = (publicUrl != null) ? publicUrl.strip() : "";
		if (!publicUrl.isEmpty()) {
			URI uri = parse(publicUrl);
			if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
					|| uri.getQuery() != null || uri.getFragment() != null
					|| !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
				throw new IllegalArgumentException(
						"screener.public-url must be an https address with a host and no path, such as "
								+ "https://screener.example.org");
			}
		}
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("screener.public-url is not an address: " + url, ex);
		}
	}

	/**
	 * The public address, when one is set.
	 * @return its scheme, host and port
	 */
	public Optional<URI> publicUri() {
		return this.publicUrl.isEmpty() ? Optional.empty() : Optional.of(parse(this.publicUrl));
	}

	/**
	 * The name a cookie has: with the {@code __Host-} prefix when https is required.
	 * @param name the cookie's own name
	 * @return the name to set and read
	 */
	public String cookieName(String name) {
		return this.requireHttps ? HOST_PREFIX + name : name;
	}

	/**
	 * Whether a cookie set in answer to a request is {@code Secure}: always when https is
	 * required (a {@code __Host-} cookie must be), otherwise over https.
	 * @param request the request
	 * @return whether to mark it Secure
	 */
	public boolean secureCookies(HttpServletRequest request) {
		return this.requireHttps || request.isSecure();
	}

}
