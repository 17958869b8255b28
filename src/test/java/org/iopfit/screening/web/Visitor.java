package org.iopfit.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One visitor's browser over MockMvc: it keeps the cookies the pages set (the sealed
 * answers, the CSRF token, the language) and sends each form with the CSRF token of the
 * last page, as a browser does. It follows no redirect by itself.
 */
final class Visitor {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final AtomicInteger visitors = new AtomicInteger();

	private final MockMvc mvc;

	private final String address;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String csrf;

	Visitor(MockMvc mvc) {
		this.mvc = mvc;
		// Each visitor from an address of its own: the limits per client address
		// (org.iopfit.limits) count them apart, as they would people.
		int visitor = visitors.incrementAndGet();
		this.address = "198.19." + (visitor / 250 % 250) + "." + (visitor % 250 + 1);
	}

	MvcResult get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** A GET, and the GETs of every redirect after it. */
	MvcResult open(String path) throws Exception {
		return follow(get(path));
	}

	/**
	 * Posts a form as a page would.
	 * @param path the form's action
	 * @param fields the fields, each with its values in order
	 * @return the response
	 */
	MvcResult post(String path, Map<String, List<String>> fields) throws Exception {
		if (this.csrf == null) {
			get("/");
			get("/screening");
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).param("_csrf", this.csrf);
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return perform(request);
	}

	/** Follows a redirect, and the ones after it, as a browser does. */
	MvcResult follow(MvcResult result) throws Exception {
		for (int hops = 0; hops < 5 && result.getResponse().getStatus() / 100 == 3; hops++) {
			result = get(result.getResponse().getHeader(HttpHeaders.LOCATION));
		}
		return result;
	}

	Cookie cookie(String name) {
		return this.cookies.get(name);
	}

	void setCookie(Cookie cookie) {
		this.cookies.put(cookie.getName(), cookie);
	}

	void forget(String name) {
		this.cookies.remove(name);
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		request.with((mock) -> {
			mock.setRemoteAddr(this.address);
			return mock;
		});
		MvcResult result = this.mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		Matcher field = CSRF_FIELD.matcher(result.getResponse().getContentAsString());
		if (field.find()) {
			this.csrf = field.group(1);
		}
		return result;
	}

}
