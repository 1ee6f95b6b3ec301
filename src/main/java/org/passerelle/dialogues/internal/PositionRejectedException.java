package org.passerelle.dialogues.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.kernel.InvalidRequestException;

/**
 * A common position, its status or a transmission was not saved; {@link #problems()}
 * lists everything wrong.
 */
public class PositionRejectedException extends InvalidRequestException {

	private final List<DialogueProblem> problems;

	public PositionRejectedException(List<DialogueProblem> problems) {
		super("Common position refused: "
				+ problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
		this.problems = List.copyOf(problems);
	}

	public PositionRejectedException(DialogueProblem problem) {
		this(List.of(problem));
	}

	public List<DialogueProblem> problems() {
		return this.problems;
	}

	/** Whether one of the problems has this message key. */
	public boolean has(String messageKey) {
		return this.problems.stream().anyMatch(p -> p.messageKey().equals(messageKey));
	}

}
