package org.passerelle.dialogues;

import java.util.List;
import java.util.stream.Collectors;

import org.passerelle.kernel.InvalidRequestException;

/**
 * A contribution (or a dialogue) was refused; {@link #problems()} lists everything wrong
 * with it, so that a form or a reply mail can say it all at once.
 */
public class ContributionRejectedException extends InvalidRequestException {

	private final List<DialogueProblem> problems;

	public ContributionRejectedException(List<DialogueProblem> problems) {
		super("Refused: " + problems.stream()
			.map(p -> (p.field() == null ? "" : p.field() + ": ") + p.messageKey())
			.collect(Collectors.joining(", ")));
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, in the order found. */
	public List<DialogueProblem> problems() {
		return this.problems;
	}

	/** Whether one of the problems has this message key. */
	public boolean has(String messageKey) {
		return this.problems.stream().anyMatch(p -> p.messageKey().equals(messageKey));
	}

}
