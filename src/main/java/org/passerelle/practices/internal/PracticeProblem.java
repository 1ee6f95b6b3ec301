package org.passerelle.practices.internal;

import java.util.List;

/**
 * Something wrong with a practice's content, for the author to fix.
 *
 * @param field the field, named as in the interchange format ({@code themes},
 * {@code translations.en.title}, {@code partners[1]})
 * @param messageKey message key of the explanation (bundle {@code practices})
 * @param arguments the message's arguments (the wrong value first, when there is one)
 */
public record PracticeProblem(String field, String messageKey, List<Object> arguments) {

	public PracticeProblem(String field, String messageKey, Object... arguments) {
		this(field, messageKey, List.of(arguments));
	}

}
