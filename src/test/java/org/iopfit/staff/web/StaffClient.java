package org.iopfit.staff.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, over plain HTTP: it keeps its cookies, does not follow redirects
 * (tests look at them), and takes the CSRF token from the form on a page, as a browser
 * would.
 */
class StaffClient {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final AtomicInteger browsers = new AtomicInteger();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final List<String> setCookies = new ArrayList<>();

	StaffClient(int port) {
		this.base = "http://localhost:" + port;
		// Each browser from an address of its own, as the proxy in front of the app would
		// forward it (Tomcat trusts loopback): the limits per client address
		// (org.iopfit.limits) count each test's browsers apart, as they would people.
		int browser = browsers.incrementAndGet();
		header("X-Forwarded-For", "198.18." + (browser / 250 % 250) + "." + (browser % 250 + 1));
	}

	/** The client address this browser's requests are forwarded for. */
	String address() {
		return this.headers.get("X-Forwarded-For");
	}

	/** Sends this header with every request. */
	StaffClient header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Posts a form as is: no CSRF token unless the fields hold one. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	/**
	 * Posts a form whose fields may repeat, as checkboxes do: no CSRF token unless given.
	 */
	HttpResponse<String> postAll(String path, Map<String, List<String>> fields) {
		String body = fields.entrySet()
			.stream()
			.flatMap((field) -> field.getValue()
				.stream()
				.map((value) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Opens a page and posts a form, fields possibly repeated, with its CSRF token. */
	HttpResponse<String> submitAll(String page, String action, Map<String, List<String>> fields) {
		HttpResponse<String> form = get(page);
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page + " (" + form.statusCode() + ")");
		}
		Map<String, List<String>> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", List.of(token.group(1).replace("&#45;", "-")));
		return postAll(action, withToken);
	}

	/** The CSRF token a page holds, to post its form more than once. */
	String csrf(String page) {
		HttpResponse<String> form = get(page);
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page + " (" + form.statusCode() + ")");
		}
		return token.group(1).replace("&#45;", "-");
	}

	/** Opens a page and posts a form with the CSRF token that page holds. */
	HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
		HttpResponse<String> form = get(page);
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page + " (" + form.statusCode() + ")");
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", token.group(1).replace("&#45;", "-"));
		return post(action, withToken);
	}

	/**
	 * Opens a page and posts JSON as its script would, with the page's CSRF token in the
	 * header.
	 */
	HttpResponse<String> postJson(String page, String path, String json) {
		HttpResponse<String> form = get(page);
		Matcher token = CSRF.matcher(form.body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page + " (" + form.statusCode() + ")");
		}
		return send(request(path).header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token.group(1).replace("&#45;", "-"))
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> signIn(String username, String password) {
		return submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
	}

	/** The session id this browser holds, or null. */
	String sessionId() {
		String cookie = this.cookies.get("SESSION");
		return (cookie != null) ? new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8) : null;
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/** Every Set-Cookie header received so far. */
	List<String> setCookieHeaders() {
		return List.copyOf(this.setCookies);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		this.headers.forEach(request::header);
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				this.setCookies.add(header);
				String[] pair = header.split(";", 2)[0].split("=", 2);
				boolean removed = pair[1].isEmpty() || header.contains("Max-Age=0")
						|| header.contains("Expires=Thu, 01 Jan 1970");
				if (removed) {
					this.cookies.remove(pair[0]);
				}
				else {
					this.cookies.put(pair[0], pair[1]);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
