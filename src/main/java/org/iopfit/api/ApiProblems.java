package org.iopfit.api;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.iopfit.system.security.BodySizeLimit;

/**
 * RFC 9457 problem details for the API. Every detail is written here in plain words: no
 * exception message, class name or stack trace of ours or a library's reaches the client.
 */
@RestControllerAdvice(assignableTypes = ScreeningApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	/** Jackson's message for a property given twice (STRICT_DUPLICATE_DETECTION). */
	private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.{1,100})\"");

	@ExceptionHandler
	ResponseEntity<Object> invalidAnswers(InvalidAnswersException ex, HttpServletRequest request) {
		List<FieldProblem> problems = ex.problems();
		String detail = (problems.size() == 1) ? "1 answer is missing or not valid."
				: problems.size() + " answers are missing or not valid.";
		return badRequest("Invalid answers", detail, problems, request.getRequestURI());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail;
		List<FieldProblem> errors = List.of();
		Matcher duplicate = duplicateProperty(ex);
		if (duplicate != null) {
			detail = "A property is sent more than once. Send each answer once.";
			errors = List.of(new FieldProblem(duplicate.group(1), "is sent more than once. Send it once."));
		}
		else if (causedBy(ex, BodySizeLimit.TooLargeException.class)) {
			// A chunked body that passed the limit while it was read.
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					BodySizeLimit.DETAIL);
			problem.setTitle("Content Too Large");
			problem.setInstance(URI.create(path(request)));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.header(HttpHeaders.CONNECTION, "close")
				.body(problem);
		}
		else if (causedBy(ex, StreamConstraintsException.class)) {
			detail = "The JSON is nested too deeply or has a value that is too long.";
		}
		else if (causedBy(ex, StreamReadException.class)) {
			detail = "The body is not valid JSON.";
		}
		else {
			detail = "The request needs a JSON body with the answers.";
		}
		return badRequest("Unreadable request", detail, errors, path(request));
	}

	private static ResponseEntity<Object> badRequest(String title, String detail, List<FieldProblem> errors,
			String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(instance));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** The name of a property the parser found twice, as group 1; or {@code null}. */
	private static Matcher duplicateProperty(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
				Matcher matcher = DUPLICATE.matcher(read.getOriginalMessage());
				return matcher.find() ? matcher : null;
			}
		}
		return null;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String path(WebRequest request) {
		return ((ServletWebRequest) request).getRequest().getRequestURI();
	}

}
