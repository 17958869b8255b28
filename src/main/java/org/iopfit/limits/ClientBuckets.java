package org.iopfit.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The buckets in the database, one per key. If the database cannot be asked, the request
 * is let through: a limiter that fails closed would turn every call-back, every reference
 * code and every sign-in into an error page while the database is away, and a person near
 * a crisis must still reach the pages that give them the number to call. (Sign-in and the
 * records need the database anyway, and say so.) The outage is logged once, and for a
 * short while after it no bucket is asked for, so pages are not held waiting for a
 * connection that will not come.
 */
class ClientBuckets {

	private static final Log logger = LogFactory.getLog(ClientBuckets.class);

	// As long as a page waits for a connection
	// (spring.datasource.hikari.connection-timeout)
	// several times over: the next request after it tries again.
	private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);

	private final ProxyManager<String> buckets;

	private final Clock clock;

	private final AtomicReference<Instant> failedAt = new AtomicReference<>();

	ClientBuckets(ProxyManager<String> buckets, Clock clock) {
		this.buckets = buckets;
		this.clock = clock;
	}

	/**
	 * Takes one token.
	 * @param key the bucket
	 * @param configuration the bucket's size and refill, for a bucket not yet in the
	 * database
	 * @return the nanoseconds until a token is back if there was none; empty if one was
	 * taken, or if the database could not be asked
	 */
	OptionalLong take(String key, BucketConfiguration configuration) {
		Instant failed = this.failedAt.get();
		if (failed != null && this.clock.instant().isBefore(failed.plus(PAUSE_AFTER_FAILURE))) {
			return OptionalLong.empty();
		}
		try {
			ConsumptionProbe probe = this.buckets.builder()
				.build(key, () -> configuration)
				.tryConsumeAndReturnRemaining(1);
			if (failed != null && this.failedAt.compareAndSet(failed, null)) {
				logger.info("Limits per client address: the database answers again, the limits apply again");
			}
			return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(probe.getNanosToWaitForRefill());
		}
		catch (RuntimeException ex) {
			if (this.failedAt.getAndSet(this.clock.instant()) == null) {
				logger.warn("Limits per client address: the database did not answer (" + ex
						+ "); requests are let through without a limit until it does");
			}
			return OptionalLong.empty();
		}
	}

}
