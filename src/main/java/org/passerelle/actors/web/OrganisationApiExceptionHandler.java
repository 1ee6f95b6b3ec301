package org.passerelle.actors.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.actors.OrganisationNotFoundException;
import org.passerelle.actors.internal.OrganisationChangedException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the organisations API as RFC 9457 problem documents, titles in the caller's language. */
@RestControllerAdvice(assignableTypes = OrganisationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationApiExceptionHandler {

	private final MessageSource messages;

	OrganisationApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(OrganisationNotFoundException.class)
	ProblemDetail notFound(OrganisationNotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "actors.problem.not-found", locale, String.valueOf(ex.id()));
	}

	/** {@code /api/v1/organisations/abc}: no organisation can have that id. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail notAnId(MethodArgumentTypeMismatchException ex, Locale locale) {
		if (!"id".equals(ex.getName())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Invalid value for " + ex.getName());
			problem.setTitle(this.messages.getMessage("actors.problem.invalid.title", null, locale));
			return problem;
		}
		return problem(HttpStatus.NOT_FOUND, "actors.problem.not-found", locale, String.valueOf(ex.getValue()));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "actors.problem.invalid", locale);
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message",
					this.messages.getMessage(e, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "actors.problem.forbidden", locale);
	}

	@ExceptionHandler(OrganisationChangedException.class)
	ProblemDetail changed(OrganisationChangedException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "actors.problem.changed", locale);
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key + ".detail", arguments, locale));
		problem.setTitle(this.messages.getMessage(key + ".title", null, locale));
		return problem;
	}

}
