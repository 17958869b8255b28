package org.iopfit.staff;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff console's sign-in rules. Documented with their defaults in
 * {@code application.yml}.
 *
 * @param absoluteSessionTimeout how long after sign-in a session ends, however active
 * @param maxFailedLogins wrong passwords in a row that lock an account, from any number
 * of client addresses (one address is stopped sooner by its own limit)
 * @param lockDuration how long a locked account waits
 */
@Validated
@ConfigurationProperties("screener.staff")
public record SignInProperties(@DefaultValue("12h") Duration absoluteSessionTimeout,
		@DefaultValue("20") @Min(1) int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {

}
