package org.iopfit.system;

import org.iopfit.system.security.BodySizeLimit;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sees ends here, in place of Spring Boot's whitelabel page:
 * API addresses get RFC 9457 problem details, pages get a friendly page in the visitor's
 * language. Neither ever shows an exception, a class name or a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final JsonMapper json;

	ErrorPages(JsonMapper json) {
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (databaseUnavailable((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			// Only records need the database (the public screening does not): say what is
			// wrong, and 503, which tells a client or a proxy to try again later.
			return new ModelAndView("error/error", Map.of("kind", "unavailable"), HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (uri != null && uri.startsWith("/api/")) {
			writeProblem(response, status, uri);
			return null;
		}
		ModelAndView page = new ModelAndView("error/error", status);
		page.addObject("kind", switch (status) {
			case NOT_FOUND -> "404";
			case CONTENT_TOO_LARGE -> "413";
			default -> status.is5xxServerError() ? "5xx" : "4xx";
		});
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			limited(page, uri, response);
		}
		return page;
	}

	/**
	 * A limit per client address was reached (org.iopfit.limits): say when to try again,
	 * from the Retry-After the limit set, and on a public page also where to turn now,
	 * since waiting is not an answer for someone in crisis.
	 */
	private static void limited(ModelAndView page, String uri, HttpServletResponse response) {
		boolean staff = uri != null && uri.startsWith("/staff");
		page.addObject("kind", staff ? "429staff" : "429");
		page.addObject("crisisLines", !staff);
		String retryAfter = response.getHeader(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null && retryAfter.chars().allMatch(Character::isDigit) && !retryAfter.isEmpty()) {
			page.addObject("retryMinutes", Math.max(1, (Long.parseLong(retryAfter) + 59) / 60));
		}
	}

	private void writeProblem(HttpServletResponse response, HttpStatus status, String uri) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", switch (status) {
			case NOT_FOUND -> "There is nothing at this address. Screenings are posted to /api/v1/screenings.";
			case METHOD_NOT_ALLOWED -> "This address does not take that method. Send a POST with the answers as JSON.";
			case UNSUPPORTED_MEDIA_TYPE -> "Send the answers as JSON, with the header Content-Type: application/json, "
					+ "or as a FHIR QuestionnaireResponse, with Content-Type: application/fhir+json.";
			case NOT_ACCEPTABLE -> "The answer is JSON: accept application/json.";
			case CONTENT_TOO_LARGE -> BodySizeLimit.DETAIL;
			default -> status.is5xxServerError() ? "Something went wrong on our side. Please try again."
					: "The request could not be handled.";
		});
		problem.put("instance", uri);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private static boolean databaseUnavailable(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
