package org.iopfit.system;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded database's files, readable by the app's user only ({@link PrivateFiles}).
 * H2 creates them itself when the pool opens its first connection: its folder is made
 * {@code 0700} before the data source exists, so nothing in it is ever open to others,
 * and the files {@code 0600} once the app has started (the database is open then). No
 * effect on PostgreSQL, an in-memory database or a non-POSIX file system.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFiles {

	@Bean
	static BeanPostProcessor privateDatabaseFolder(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource) {
					file(environment).map(Path::toAbsolutePath)
						.map(Path::getParent)
						.ifPresent(PrivateFiles::createFolder);
				}
				return bean;
			}

		};
	}

	@Bean
	ApplicationListener<ApplicationStartedEvent> privateDatabaseFiles(Environment environment) {
		return (event) -> file(environment).ifPresent(PrivateFiles::restrictDatabase);
	}

	private static Optional<Path> file(Environment environment) {
		return PrivateFiles.h2File(environment.getProperty("spring.datasource.url"));
	}

}
