package org.iopfit.system;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/**
 * Public pages that show nothing about the person asking (the landing page, the help
 * pages, a questionnaire page with nothing ticked) are rendered once per language and
 * model, then sent as they are: the same bytes, without evaluating the template again. A
 * controller opts a page in with {@link #reusable(ModelAndView)}; the model is the key,
 * so it must hold values (records, strings), and nothing a person answered.
 * <p>
 * The one part of such a page that differs per request, the form's CSRF token, is put in
 * for each request. Security headers, cookies and the status are set outside the view, as
 * for any page. At most {@link #PER_VIEW} models are kept per template and language; past
 * that, pages are rendered as usual.
 */
@Component
public class RenderedPages {

	/** The model attribute that marks a page as reusable. */
	static final String REUSABLE = RenderedPages.class.getName() + ".REUSABLE";

	static final int PER_VIEW = 256;

	private static final String TOKEN_FIELD = "name=\"_csrf\" value=\"";

	RenderedPages(ThymeleafViewResolver views) {
		views.setViewClass(View.class);
	}

	/**
	 * Marks a page whose model shows nothing about the person as reusable.
	 * @param page the page
	 * @return the same page
	 */
	public static ModelAndView reusable(ModelAndView page) {
		return page.addObject(REUSABLE, Boolean.TRUE);
	}

	/**
	 * Marks a page whose model shows nothing about the person as reusable.
	 * @param model the page's model
	 */
	public static void reusable(Model model) {
		model.addAttribute(REUSABLE, Boolean.TRUE);
	}

	/** A rendered page: its bytes, split where each request's CSRF token goes. */
	record Page(String contentType, List<byte[]> parts) {

		static Page of(String html, String contentType) {
			List<byte[]> parts = new ArrayList<>();
			int from = 0;
			for (int at = html.indexOf(TOKEN_FIELD); at >= 0; at = html.indexOf(TOKEN_FIELD, from)) {
				int start = at + TOKEN_FIELD.length();
				parts.add(html.substring(from, start).getBytes(StandardCharsets.UTF_8));
				from = html.indexOf('"', start);
			}
			parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
			return new Page(contentType, List.copyOf(parts));
		}

		/** Whether the page has a form whose token this request can fill in. */
		boolean canBeSentFor(HttpServletRequest request) {
			return this.parts.size() == 1 || request.getAttribute(CsrfToken.class.getName()) != null;
		}

		void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
			byte[] token = new byte[0];
			if (this.parts.size() > 1) {
				CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
				token = csrf.getToken().getBytes(StandardCharsets.US_ASCII);
			}
			int length = token.length * (this.parts.size() - 1);
			for (byte[] part : this.parts) {
				length += part.length;
			}
			byte[] body = new byte[length];
			int at = 0;
			for (int i = 0; i < this.parts.size(); i++) {
				if (i > 0) {
					System.arraycopy(token, 0, body, at, token.length);
					at += token.length;
				}
				byte[] part = this.parts.get(i);
				System.arraycopy(part, 0, body, at, part.length);
				at += part.length;
			}
			response.setContentType(this.contentType);
			response.setContentLength(length);
			ServletOutputStream out = response.getOutputStream();
			out.write(body);
		}

	}

	/**
	 * Thymeleaf's view, keeping the pages marked reusable. One instance per template and
	 * language (the view resolver caches them so).
	 */
	public static class View extends ThymeleafView {

		private final Map<Map<String, Object>, Page> pages = new ConcurrentHashMap<>();

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			if (model == null || !Boolean.TRUE.equals(model.get(REUSABLE))) {
				super.render(model, request, response);
				return;
			}
			Map<String, Object> key = keyOf(model, request);
			Page page = this.pages.get(key);
			if (page != null && !page.canBeSentFor(request)) {
				super.render(model, request, response);
				return;
			}
			if (page == null) {
				Capture capture = new Capture(response);
				super.render(model, request, capture);
				page = Page.of(capture.html(), response.getContentType());
				if (this.pages.size() < PER_VIEW) {
					this.pages.putIfAbsent(key, page);
				}
			}
			page.send(request, response);
		}

		private static Map<String, Object> keyOf(Map<String, ?> model, HttpServletRequest request) {
			Map<String, Object> key = new HashMap<>();
			model.forEach((name, value) -> {
				if (!name.startsWith(BindingResult.MODEL_KEY_PREFIX)) {
					key.put(name, value);
				}
			});
			key.put(REUSABLE, request.getRequestURI());
			return key;
		}

	}

	/** A response whose text is kept rather than sent. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final CharArrayWriter text = new CharArrayWriter(8192);

		private final PrintWriter writer = new PrintWriter(this.text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A template writes text");
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		String html() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
