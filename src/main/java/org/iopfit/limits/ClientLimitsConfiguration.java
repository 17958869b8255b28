package org.iopfit.limits;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.iopfit.audit.AuditLog;
import org.iopfit.retention.RetentionRule;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The buckets on the database the app runs on (Bucket4j's own proxy on PostgreSQL, the
 * same locking on H2), the filter ahead of Spring Security, and the nightly clean-up of
 * buckets nobody used for a day.
 */
@Configuration(proxyBeanMethods = false)
class ClientLimitsConfiguration {

	private static final String TABLE = "client_limit_bucket";

	// A row may go a day after its last use: every window is shorter, so its bucket would
	// be full again.
	private static final Duration KEEP = Duration.ofDays(1);

	@Bean
	ClientBuckets clientBuckets(DataSource dataSource, Clock clock) throws SQLException {
		ExpirationAfterWriteStrategy expiration = ExpirationAfterWriteStrategy.fixedTimeToLive(KEEP);
		TimeMeter time = timeOf(clock);
		String database;
		try (Connection connection = dataSource.getConnection()) {
			database = connection.getMetaData().getDatabaseProductName();
		}
		ProxyManager<String> buckets = switch (database) {
			case "PostgreSQL" -> Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(TABLE)
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(expiration)
				.clientClock(time)
				.build();
			case "H2" ->
				new H2BucketProxyManager(dataSource, ClientSideConfig.getDefault().withClientClock(time), expiration);
			default -> throw new IllegalStateException(
					"No store for the limits per client address on " + database + ": use H2 or PostgreSQL");
		};
		return new ClientBuckets(buckets, clock);
	}

	@Bean
	FilterRegistrationBean<ClientLimitFilter> clientLimitFilter(ClientBuckets buckets, AuditLog audit) {
		FilterRegistrationBean<ClientLimitFilter> registration = new FilterRegistrationBean<>(
				new ClientLimitFilter(buckets, audit));
		// Just ahead of Spring Security: a refused request never reaches a password
		// check,
		// a session or a controller. Only the request itself: the error page it leads to
		// is not counted again.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	RetentionRule clientLimitBucketRetention(JdbcTemplate jdbc) {
		return new RetentionRule() {

			@Override
			public String name() {
				return "limit buckets per client address";
			}

			@Override
			public Duration period() {
				return KEEP;
			}

			@Override
			public int deleteOlderThan(Instant cutoff) {
				// expires_at is a day after the row's last use: rows last used before the
				// cutoff.
				return jdbc.update("DELETE FROM " + TABLE + " WHERE expires_at < ?", cutoff.plus(KEEP).toEpochMilli());
			}

		};
	}

	/** Bucket4j's time from the app's clock, which tests move. */
	private static TimeMeter timeOf(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

}
