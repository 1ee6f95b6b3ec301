package org.passerelle.practices.internal;

import java.util.List;

import org.passerelle.kernel.InvalidRequestException;

/** The content breaks the rules of {@link PracticeValidator}; nothing was saved. */
public class PracticeRejectedException extends InvalidRequestException {

	private final transient List<PracticeProblem> problems;

	public PracticeRejectedException(List<PracticeProblem> problems) {
		super("The practice has " + problems.size() + " problem(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<PracticeProblem> problems() {
		return this.problems;
	}

}
