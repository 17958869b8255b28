package org.iopfit.screening.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Carries a public screening's answers between its pages in the visitor's own browser, so
 * the server keeps nothing: no session, no database row, nothing in memory or on disk
 * between two requests, and nothing in the address. The answers are sealed with AES-GCM:
 * the browser holds only bytes it cannot read, and a changed or forged cookie is simply
 * not read. It is a session cookie (gone when the browser closes), {@code HttpOnly},
 * {@code SameSite=Lax}, {@code Secure} over HTTPS, and it expires on the server's side
 * too after {@link AnswersCookieProperties#idleTimeout()} without a new answer. Anything
 * that is not a valid cookie reads as no answers at all.
 */
@Component
class AnswersCookie {

	/**
	 * What the cookie holds: the answers, and the page whose unanswered questions are to
	 * be shown as errors (a page sent with an answer missing redirects to itself, so that
	 * the page with its errors is a GET that Back and reload can fetch again).
	 *
	 * @param answers the answers so far
	 * @param unansweredShown the page to show with errors, or {@code null}
	 */
	record Saved(Draft answers, Step unansweredShown) {

		static final Saved NONE = new Saved(Draft.empty(), null);

	}

	static final String NAME = "screening";

	private static final byte[] CONTEXT = "iop-fit screening answers v1".getBytes(StandardCharsets.US_ASCII);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final long idleSeconds;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AnswersCookie(AnswersCookieProperties properties, Clock clock) {
		this.key = new SecretKeySpec(sha256(secretOf(properties)), "AES");
		this.idleSeconds = properties.idleTimeout().toSeconds();
		this.clock = clock;
	}

	/** The answers the browser sent, or none where it sent no valid cookie. */
	Draft read(HttpServletRequest request) {
		return saved(request).answers();
	}

	/** What the browser sent, or nothing where it sent no valid cookie. */
	Saved saved(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Saved.NONE;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				return open(cookie.getValue());
			}
		}
		return Saved.NONE;
	}

	/** Whether the browser sent answers: a screening is in progress. */
	boolean present(HttpServletRequest request) {
		return !read(request).isEmpty();
	}

	void write(HttpServletRequest request, HttpServletResponse response, Draft answers) {
		write(request, response, new Saved(answers, null));
	}

	void write(HttpServletRequest request, HttpServletResponse response, Saved saved) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, seal(saved), null));
	}

	/**
	 * Removes the answers from the browser, and the pages that showed them from its
	 * back/forward cache ({@code Clear-Site-Data}), so Back shows no answer either.
	 */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
		response.addHeader("Clear-Site-Data", "\"cache\"");
	}

	private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(NAME, value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax");
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		return cookie.build().toString();
	}

	String seal(Saved saved) {
		byte[] draft = saved.answers().toBytes();
		ByteBuffer plain = ByteBuffer.allocate(Long.BYTES + 1 + draft.length);
		plain.putLong(this.clock.instant().getEpochSecond())
			.put((byte) ((saved.unansweredShown() != null) ? saved.unansweredShown().ordinal() + 1 : 0))
			.put(draft);
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(CONTEXT);
			byte[] sealed = cipher.doFinal(plain.array());
			byte[] value = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, value, NONCE_BYTES, sealed.length);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	Saved open(String value) {
		try {
			byte[] sealed = Base64.getUrlDecoder().decode(value);
			if (sealed.length <= NONCE_BYTES) {
				return Saved.NONE;
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(CONTEXT);
			ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
			long written = plain.getLong();
			long age = this.clock.instant().getEpochSecond() - written;
			if (age < 0 || age > this.idleSeconds) {
				return Saved.NONE;
			}
			int shown = plain.get();
			byte[] draft = new byte[plain.remaining()];
			plain.get(draft);
			return new Saved(Draft.fromBytes(draft), (shown == 0) ? null : Step.all().get(shown - 1));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Forged, changed, truncated, from another key or too old: no answers.
			return Saved.NONE;
		}
	}

	private static String secretOf(AnswersCookieProperties properties) {
		if (properties.secret() != null && !properties.secret().isEmpty()) {
			return properties.secret();
		}
		return generatedKey(properties.keyFile());
	}

	/**
	 * The key kept in a file, made once with 256 random bits: for a single instance
	 * started without configuration. Several instances share a configured secret instead.
	 */
	private static String generatedKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip();
			}
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			String generated = Base64.getEncoder().encodeToString(bytes);
			Path temporary = Files.createTempFile(parent, "answers-cookie", ".key");
			restrict(temporary);
			Files.writeString(temporary, generated);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot keep the answers-cookie key in " + file
							+ "; set screener.answers-cookie.secret or a writable screener.answers-cookie.key-file",
					ex);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// Not a POSIX file system (Windows): the directory's own permissions apply.
		}
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
