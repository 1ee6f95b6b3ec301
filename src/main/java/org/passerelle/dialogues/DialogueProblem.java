package org.passerelle.dialogues;

import java.util.List;

/**
 * One thing wrong with a contribution or a dialogue that was refused.
 *
 * @param field the field concerned ({@code answers[2]}, {@code round},
 * {@code rounds[1].closesAt}...) or {@code null} for the whole
 * @param messageKey the key of the message in the dialogues bundle
 * @param arguments the message's arguments
 */
public record DialogueProblem(String field, String messageKey, List<Object> arguments) {

	public DialogueProblem {
		arguments = List.copyOf(arguments);
	}

	public static DialogueProblem of(String field, String messageKey, Object... arguments) {
		return new DialogueProblem(field, messageKey, List.of(arguments));
	}

	/** The arguments as the message source wants them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
