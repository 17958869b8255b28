package org.iopfit.staff.web;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Staff sessions (Spring Session, in the database) only on the addresses that use them:
 * the staff filter chain's ({@link StaffSecurityConfiguration#ADDRESSES}, written as
 * servlet URL patterns: {@code /staff/**} is {@code /staff/*} there). A public page
 * opened by a signed-in staff member never reads their session, so it costs no database
 * read and still works while the database is away.
 */
@Configuration(proxyBeanMethods = false)
class SessionFilterPaths {

	/** Spring Boot's registration of the session filter, by its bean name. */
	static final String REGISTRATION = "sessionRepositoryFilterRegistration";

	static final List<String> PATHS = StaffSecurityConfiguration.ADDRESSES.stream()
		.map((address) -> address.replace("/**", "/*"))
		.toList();

	@Bean
	static BeanPostProcessor staffSessionsOnly() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (REGISTRATION.equals(name) && bean instanceof DelegatingFilterProxyRegistrationBean registration) {
					registration.setUrlPatterns(PATHS);
				}
				return bean;
			}

		};
	}

}
