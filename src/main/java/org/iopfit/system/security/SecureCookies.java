package org.iopfit.system.security;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff session's cookie, as every other cookie: with {@code screener.require-https}
 * it is {@code Secure} and named {@code __Host-SESSION}, so a browser refuses one planted
 * over http or by another host of the domain.
 */
@Configuration(proxyBeanMethods = false)
class SecureCookies {

	@Bean
	DefaultCookieSerializerCustomizer hostOnlySessionCookie(TransportProperties transport) {
		return (serializer) -> {
			if (transport.requireHttps()) {
				serializer.setCookieName(transport.cookieName("SESSION"));
				serializer.setUseSecureCookie(true);
				serializer.setCookiePath("/");
				serializer.setDomainName(null);
			}
		};
	}

}
