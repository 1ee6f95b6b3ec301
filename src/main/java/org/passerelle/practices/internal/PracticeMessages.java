package org.passerelle.practices.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explains a {@link PracticeProblem} in a language. A message may exist for the field in
 * particular: {@code practices.problem.code.themes} ("not a known theme code") is
 * preferred to {@code practices.problem.code} ("not a known code for this field"),
 * partners' indexes left out of the key ({@code practices.problem.code.partners.type}).
 * Numbers are shown as written, without grouping (years, line numbers).
 */
@Component
public class PracticeMessages {

	private final MessageSource messages;

	PracticeMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The explanation of the problem in the locale's language. */
	public String explain(PracticeProblem problem, Locale locale) {
		Object[] arguments = problem.arguments()
			.stream()
			.map(a -> a instanceof Number ? String.valueOf(a) : a)
			.toArray();
		if (problem.field() != null) {
			String specific = problem.messageKey() + "." + problem.field().replaceAll("\\[\\d+]", "");
			String message = this.messages.getMessage(specific, arguments, null, locale);
			if (message != null) {
				return message;
			}
		}
		return this.messages.getMessage(problem.messageKey(), arguments, locale);
	}

}
