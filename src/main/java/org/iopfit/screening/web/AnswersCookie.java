package org.iopfit.screening.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopfit.questions.Draft;
import org.iopfit.questions.Step;
import org.iopfit.records.ReferenceCode;
import org.iopfit.system.PrivateFiles;
import org.iopfit.system.security.TransportProperties;

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

	/** The cookie that remembers the reference code the answers were saved under. */
	static final String CODE_NAME = "screening-code";

	private static final byte[] CONTEXT = "iop-fit screening answers v1".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CODE_CONTEXT = "iop-fit reference code v1".getBytes(StandardCharsets.US_ASCII);

	/** A call-back form that came back with a problem, until it is sent. */
	static final String CALL_BACK_NAME = "call-back-form";

	private static final byte[] CALL_BACK_CONTEXT = "iop-fit call-back form v1".getBytes(StandardCharsets.US_ASCII);

	// Longer than any valid field: a value too long to be valid stays too long.
	private static final int KEPT_CHARACTERS = 200;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/**
	 * One cipher per thread, initialised anew for each cookie: looking the algorithm up
	 * among the security providers cost as much as the sealing itself.
	 */
	private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	});

	private final SecretKey key;

	private final long idleSeconds;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final TransportProperties transport;

	/**
	 * The names the cookies have here: {@code __Host-} prefixed when https is required.
	 */
	private final String name;

	private final String codeName;

	private final String callBackName;

	AnswersCookie(AnswersCookieProperties properties, Clock clock, TransportProperties transport) {
		this.key = new SecretKeySpec(sha256(secretOf(properties)), "AES");
		this.idleSeconds = properties.idleTimeout().toSeconds();
		this.clock = clock;
		this.transport = transport;
		this.name = transport.cookieName(NAME);
		this.codeName = transport.cookieName(CODE_NAME);
		this.callBackName = transport.cookieName(CALL_BACK_NAME);
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
			if (this.name.equals(cookie.getName())) {
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
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, this.name, seal(saved), null));
	}

	/**
	 * Removes the answers from the browser, and the pages that showed them from its
	 * back/forward cache ({@code Clear-Site-Data}), so Back shows no answer either.
	 */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, this.name, "", Duration.ZERO));
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, this.codeName, "", Duration.ZERO));
		clearCallBack(request, response);
		response.addHeader("Clear-Site-Data", "\"cache\"");
	}

	private String cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(name, value)
			.path("/")
			.httpOnly(true)
			.secure(this.transport.secureCookies(request))
			.sameSite("Lax");
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		return cookie.build().toString();
	}

	/**
	 * The page a sealed cookie says to show with its errors, by a fixed number (its place
	 * in this list, from 1): a cookie sealed before a page was added or moved must still
	 * name the same page. Never reorder it; a new page goes at the end.
	 */
	private static final List<Step> SHOWN_PAGES = List.of(Step.WHO, Step.SAFETY, Step.SIGNS, Step.HEALTH,
			Step.MENTAL_HEALTH, Step.SUPPORT, Step.LIFE);

	String seal(Saved saved) {
		byte[] draft = saved.answers().toBytes();
		ByteBuffer plain = ByteBuffer.allocate(1 + draft.length);
		plain.put((byte) ((saved.unansweredShown() != null) ? SHOWN_PAGES.indexOf(saved.unansweredShown()) + 1 : 0))
			.put(draft);
		return seal(plain.array(), CONTEXT);
	}

	Saved open(String value) {
		ByteBuffer plain = open(value, CONTEXT);
		if (plain == null) {
			return Saved.NONE;
		}
		try {
			int shown = plain.get();
			byte[] draft = new byte[plain.remaining()];
			plain.get(draft);
			Step page = (shown > 0 && shown <= SHOWN_PAGES.size()) ? SHOWN_PAGES.get(shown - 1) : null;
			return new Saved(Draft.fromBytes(draft), page);
		}
		catch (RuntimeException ex) {
			return Saved.NONE;
		}
	}

	/**
	 * Remembers in the browser the reference code the answers were saved under, so the
	 * page that shows it is a GET that reload and Back fetch again, without the code in
	 * the address. It holds the answers too: changed answers are not the ones saved.
	 */
	void writeCode(HttpServletRequest request, HttpServletResponse response, ReferenceCode code, Draft answers) {
		byte[] draft = answers.toBytes();
		byte[] value = code.value().getBytes(StandardCharsets.US_ASCII);
		ByteBuffer plain = ByteBuffer.allocate(value.length + draft.length).put(value).put(draft);
		response.addHeader(HttpHeaders.SET_COOKIE,
				cookie(request, this.codeName, seal(plain.array(), CODE_CONTEXT), null));
	}

	/**
	 * The reference code these answers were saved under in this browser.
	 * @param request the request
	 * @param answers the answers now
	 * @return the code, or empty when none was made for exactly these answers
	 */
	Optional<ReferenceCode> code(HttpServletRequest request, Draft answers) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || answers.isEmpty()) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (this.codeName.equals(cookie.getName())) {
				ByteBuffer plain = open(cookie.getValue(), CODE_CONTEXT);
				if (plain == null || plain.remaining() < 8) {
					return Optional.empty();
				}
				byte[] value = new byte[8];
				plain.get(value);
				byte[] draft = new byte[plain.remaining()];
				plain.get(draft);
				try {
					if (!Draft.fromBytes(draft).equals(answers)) {
						return Optional.empty();
					}
					return ReferenceCode.parse(new String(value, StandardCharsets.US_ASCII));
				}
				catch (RuntimeException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Keeps a call-back form that has a problem, sealed like the answers, so that the
	 * page showing its errors is a GET: Back and reload never send the form again, and
	 * nothing typed goes in the address.
	 */
	void writeCallBack(HttpServletRequest request, HttpServletResponse response, CallBackForm form) {
		StringBuilder plain = new StringBuilder();
		for (String field : List.of(form.getFirstName(), form.getPhone(), form.getBestTime(), form.getVoicemail(),
				form.getConsent())) {
			String kept = (field.length() > KEPT_CHARACTERS) ? field.substring(0, KEPT_CHARACTERS) : field;
			plain.append(kept.length()).append(':').append(kept);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, this.callBackName,
				seal(plain.toString().getBytes(StandardCharsets.UTF_8), CALL_BACK_CONTEXT), null));
	}

	/** The call-back form kept by {@link #writeCallBack}, if the browser sent it back. */
	Optional<CallBackForm> callBack(HttpServletRequest request) {
		Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
		for (Cookie cookie : cookies) {
			if (this.callBackName.equals(cookie.getName())) {
				ByteBuffer plain = open(cookie.getValue(), CALL_BACK_CONTEXT);
				return (plain != null) ? callBackOf(StandardCharsets.UTF_8.decode(plain).toString()) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	void clearCallBack(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, this.callBackName, "", Duration.ZERO));
	}

	private static Optional<CallBackForm> callBackOf(String plain) {
		List<String> fields = new ArrayList<>();
		int at = 0;
		try {
			while (at < plain.length()) {
				int colon = plain.indexOf(':', at);
				int length = Integer.parseInt(plain.substring(at, colon));
				fields.add(plain.substring(colon + 1, colon + 1 + length));
				at = colon + 1 + length;
			}
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
		if (fields.size() != 5) {
			return Optional.empty();
		}
		CallBackForm form = new CallBackForm();
		form.setFirstName(fields.get(0));
		form.setPhone(fields.get(1));
		form.setBestTime(fields.get(2));
		form.setVoicemail(fields.get(3));
		form.setConsent(fields.get(4));
		return Optional.of(form);
	}

	private String seal(byte[] content, byte[] context) {
		ByteBuffer plain = ByteBuffer.allocate(Long.BYTES + content.length);
		plain.putLong(this.clock.instant().getEpochSecond()).put(content);
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context);
			byte[] sealed = cipher.doFinal(plain.array());
			byte[] value = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, value, NONCE_BYTES, sealed.length);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** What was sealed, after its time, or {@code null} when it cannot be opened. */
	private ByteBuffer open(String value, byte[] context) {
		try {
			byte[] sealed = Base64.getUrlDecoder().decode(value);
			if (sealed.length <= NONCE_BYTES) {
				return null;
			}
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(context);
			ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
			long written = plain.getLong();
			long age = this.clock.instant().getEpochSecond() - written;
			if (age < 0 || age > this.idleSeconds) {
				return null;
			}
			return plain;
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Forged, changed, truncated, from another key or too old: nothing.
			return null;
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
				// A key written before it was kept private.
				PrivateFiles.restrict(file);
				return Files.readString(file).strip();
			}
			Path parent = file.toAbsolutePath().getParent();
			PrivateFiles.createFolder(parent);
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			String generated = Base64.getEncoder().encodeToString(bytes);
			Path temporary = Files.createTempFile(parent, "answers-cookie", ".key");
			PrivateFiles.restrict(temporary);
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

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
