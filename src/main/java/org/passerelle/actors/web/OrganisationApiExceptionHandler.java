package org.passerelle.actors.web;

import java.util.Locale;

import org.passerelle.actors.OrganisationNotFoundException;
import org.passerelle.actors.internal.OrganisationChangedException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The organisations API's own problem documents, in the caller's language: an unknown or
 * malformed id (404) and a concurrent change (409, with the current version). Everything
 * else (invalid fields, refusals) is answered by the shell's API problem advice.
 */
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
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Parameter '" + ex.getName() + "' has an invalid value.");
		}
		return problem(HttpStatus.NOT_FOUND, "actors.problem.not-found", locale, String.valueOf(ex.getValue()));
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
