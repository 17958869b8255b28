package org.iopfit.system.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every request body over 64 KB, on every path, before it is read: at once when
 * the {@code Content-Length} says so, and while reading when the body comes in chunks.
 * The largest real body is far smaller: a full set of answers is under 2 KB, a staff note
 * of 4,000 characters is under 40 KB even with every character percent-encoded, a
 * passkey's registration a few KB. Tomcat's own limits (application.yml) stop the rest:
 * form bodies it parses itself, and what it swallows after a refusal.
 * <p>
 * Runs first of all filters, and decides by the servlet path: the path Tomcat has decoded
 * and normalized, the one Spring MVC matches. The raw request URI does not do
 * ({@code /%61pi/v1/screenings}, {@code /x/../api/...} and {@code //api/...} all reach
 * the API).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimit extends OncePerRequestFilter {

	/** The most bytes any request body may have. */
	public static final int MAX_BYTES = 64 * 1024;

	/** The API's words for a body over the limit. */
	public static final String DETAIL = "The body is larger than 64 KB. A full set of answers is under 2 KB.";

	private static final String FHIR_JSON = "application/fhir+json";

	private static final String FHIR_LEGACY_JSON = "application/json+fhir";

	private final JsonMapper json;

	BodySizeLimit(JsonMapper json) {
		this.json = json;
	}

	/** Set on a request whose body this filter refused. */
	private static final String REFUSED = BodySizeLimit.class.getName() + ".REFUSED";

	// The error page of a refused body is rendered in the same request: it must not read
	// the body either (a look at a parameter would make Tomcat parse it, and fail).
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(REFUSED) != null) {
			chain.doFilter(new BodylessRequest(request), response);
			return;
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			refuse(request, response);
			return;
		}
		if (request.getContentLengthLong() < 0 && isForm(request)) {
			// Tomcat reads a chunked form body itself, counting against its
			// max-http-form-post-size; ask it now, so a body over it is refused here.
			try {
				request.getParameterMap();
			}
			catch (InvalidParameterException ex) {
				if (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
					refuse(request, response);
					return;
				}
				throw ex;
			}
		}
		try {
			chain.doFilter(new LimitedRequest(request), response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!causedByTooLarge(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// The rest of the body is not worth reading: Tomcat swallows at most its
		// max-swallow-size of it, then closes the connection.
		request.setAttribute(REFUSED, Boolean.TRUE);
		SecurityBaseline.writeTo(request, response);
		response.setHeader("Connection", "close");
		if (isApi(request)) {
			writeProblem(request, response);
		}
		else {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	/**
	 * The same problem details as the API's others ({@code org.iopfit.api.ApiProblems});
	 * a FHIR client gets an OperationOutcome, as for its other errors.
	 */
	private void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
		if (type.startsWith(FHIR_JSON) || type.startsWith(FHIR_LEGACY_JSON)) {
			response.setContentType(FHIR_JSON);
			this.json.writeValue(response.getOutputStream(), Map.of("resourceType", "OperationOutcome", "issue",
					List.of(Map.of("severity", "error", "code", "too-long", "details", Map.of("text", DETAIL)))));
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", "Content Too Large");
		problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		problem.put("detail", DETAIL);
		problem.put("instance", path(request));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Whether the request goes to the API, by the path Spring MVC matches.
	 * @param request a request
	 * @return whether its decoded, normalized path is under {@code /api/}
	 */
	public static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static String path(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE, 0,
				MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
	}

	private static boolean causedByTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLargeException) {
				return true;
			}
		}
		return false;
	}

	/** Thrown while reading once a body passes the limit. */
	public static class TooLargeException extends IOException {

		TooLargeException() {
			super(DETAIL);
		}

	}

	/** A refused request, seen as if it had no body and no form parameters. */
	private static final class BodylessRequest extends HttpServletRequestWrapper {

		BodylessRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw new TooLargeException();
		}

		@Override
		public BufferedReader getReader() throws IOException {
			throw new TooLargeException();
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		private BufferedReader reader;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream());
			}
			return this.stream;
		}

		// Tomcat's own reader does not go through getInputStream: read the counted
		// stream instead.
		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return this.reader;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private long count;

		LimitedStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b != -1) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLargeException {
			this.count += n;
			if (this.count > MAX_BYTES) {
				throw new TooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
