package org.iopfit.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that tests move: the system's time plus an offset, so that the lock, the
 * 12-hour session limit and retention can be tested without waiting.
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant fixed;

	@Override
	public Instant instant() {
		Instant now = (this.fixed != null) ? this.fixed : Instant.now();
		return now.plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	/**
	 * Moves time forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/**
	 * Stops time at a moment.
	 * @param instant the moment
	 */
	public void setTo(Instant instant) {
		this.fixed = instant;
		this.offset = Duration.ZERO;
	}

	/** Back to the system's time. */
	public void reset() {
		this.fixed = null;
		this.offset = Duration.ZERO;
	}

	/**
	 * Puts the clock in the application in place of the system's.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
