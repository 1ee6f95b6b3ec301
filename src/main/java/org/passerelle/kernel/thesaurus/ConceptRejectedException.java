package org.passerelle.kernel.thesaurus;

import java.util.List;

/**
 * A concept change that breaks a rule of the thesaurus (a missing preferred label, an
 * unknown broader concept, a cycle, an unknown taxonomy code). Each problem names the
 * field and a message key of the {@code kernel} bundle, so that a form can show it in
 * place.
 */
public class ConceptRejectedException extends RuntimeException {

	private final List<Problem> problems;

	public ConceptRejectedException(List<Problem> problems) {
		super("Concept rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * @param field the field, e.g. {@code prefLabels[ar]}, {@code broader}, {@code links}
	 * @param messageKey key in the {@code kernel} bundle
	 * @param argument the offending value, for the message
	 */
	public record Problem(String field, String messageKey, String argument) {
	}

}
