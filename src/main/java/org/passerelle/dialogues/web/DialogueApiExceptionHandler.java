package org.passerelle.dialogues.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The dialogues API's own problem documents, in the caller's language: a refused
 * contribution lists every problem ({@code errors: [{field, message}]}) like the shell's
 * validation errors; an unknown dialogue is a 404.
 */
@RestControllerAdvice(assignableTypes = DialogueApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DialogueApiExceptionHandler {

	private final MessageSource messages;

	DialogueApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ContributionRejectedException.class)
	ProblemDetail rejected(ContributionRejectedException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("dialogues.api.rejected.detail", null, locale));
		problem.setTitle(this.messages.getMessage("dialogues.api.rejected.title", null, locale));
		List<Map<String, Object>> errors = ex.problems().stream().map(p -> {
			Map<String, Object> error = new LinkedHashMap<>();
			if (p.field() != null) {
				error.put("field", p.field());
			}
			error.put("code", p.messageKey().replace("dialogues.problem.", ""));
			error.put("message", this.messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(), locale));
			return error;
		}).toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(DialogueNotFoundException.class)
	ProblemDetail notFound(DialogueNotFoundException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("dialogues.api.notFound", null, locale));
		problem.setTitle(this.messages.getMessage("dialogues.api.notFound.title", null, locale));
		return problem;
	}

}
