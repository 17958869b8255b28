package org.iopfit.screening.web;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cookie that carries a public screening's answers between its pages. Documented with
 * its defaults in {@code application.yml}.
 *
 * @param secret the key the cookie is sealed with (at least 32 characters); the same on
 * every instance, so that any of them can read what another wrote. Empty: a key is
 * generated once into {@code keyFile}
 * @param keyFile where the generated key is kept when no secret is set, so a restart
 * keeps the screenings in progress
 * @param idleTimeout how long answers last without a new answer, whatever the browser
 * does
 */
@Validated
@ConfigurationProperties("screener.answers-cookie")
record AnswersCookieProperties(
		@Pattern(regexp = "(.{32,})?", message = "must be empty or at least 32 characters") String secret,
		@NotNull @DefaultValue("data/answers-cookie.key") Path keyFile,
		@NotNull @DefaultValue("12h") Duration idleTimeout) {

}
