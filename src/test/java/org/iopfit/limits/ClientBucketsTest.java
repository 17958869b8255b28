package org.iopfit.limits;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.iopfit.staff.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database is away, the limits let every request through (the public pages must
 * still give the number to call), and do not ask it again on every request.
 */
class ClientBucketsTest {

	@Test
	void withoutTheDatabaseRequestsAreLetThroughAndItIsNotAskedOnEveryRequest() {
		AtomicInteger asked = new AtomicInteger();
		AbstractDataSource away = new AbstractDataSource() {

			@Override
			public java.sql.Connection getConnection() throws SQLException {
				asked.incrementAndGet();
				throw new SQLException("Connection is not available, request timed out after 3000ms", "08001");
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		MutableClock clock = new MutableClock();
		ClientBuckets buckets = new ClientBuckets(new H2BucketProxyManager(away, ClientSideConfig.getDefault(),
				ExpirationAfterWriteStrategy.fixedTimeToLive(Duration.ofDays(1))), clock);

		for (int i = 0; i < 20; i++) {
			assertThat(buckets.take("CALL_BACK:203.0.113.9", ClientLimit.CALL_BACK.bucket())).as("request " + (i + 1))
				.isEmpty();
		}
		assertThat(asked).as("asked once, then left alone for a while").hasValue(1);

		clock.advance(Duration.ofMinutes(1));
		assertThat(buckets.take("CALL_BACK:203.0.113.9", ClientLimit.CALL_BACK.bucket())).isEmpty();
		assertThat(asked).as("asked again a minute later").hasValue(2);
	}

}
