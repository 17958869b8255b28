package org.iopfit.system;

import org.iopfit.system.security.TransportProperties;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: {@code Accept-Language} picks the first one; {@code ?lang=es} (or a
 * {@code lang} form field) switches and is remembered in a cookie that holds nothing but
 * the language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver(TransportProperties transport) {
		return new SupportedLocaleResolver(transport);
	}

	/** A malformed {@code Accept} header is ignored, as if none were sent. */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new TolerantAcceptHeader()));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LANGUAGE_PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Reads the {@code Accept} header, and takes one that cannot be parsed as accepting
	 * anything, rather than refusing the request.
	 */
	static class TolerantAcceptHeader extends HeaderContentNegotiationStrategy {

		@Override
		public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
			try {
				return super.resolveMediaTypes(request);
			}
			catch (HttpMediaTypeNotAcceptableException ex) {
				return MEDIA_TYPE_ALL_LIST;
			}
		}

	}

	/**
	 * A cookie resolver that only ever answers English or Spanish, whatever the cookie or
	 * the header says.
	 */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(TransportProperties transport) {
			super(transport.cookieName(LANGUAGE_PARAMETER));
			// A __Host- cookie must be Secure; otherwise Secure over https only.
			setCookieSecure(transport.requireHttps());
			setCookieMaxAge(Duration.ofDays(365));
			setCookieSameSite("Lax");
			// A malformed cookie (another app on the domain, a hand-edited one) is
			// ignored,
			// not an error on every page for as long as the browser keeps it.
			setRejectInvalidCookies(false);
			setDefaultLocaleFunction((request) -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale supported = Languages.supported(super.resolveLocale(request));
			return (supported != null) ? supported : Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale supported = Languages.supported(locale);
			if (supported != null) {
				super.setLocale(request, response, supported);
			}
		}

	}

}
