package org.passerelle.practices.web;

import java.util.List;

import org.passerelle.kernel.InvalidRequestException;

/**
 * Search parameters with bad values: a 400 whose detail names every bad parameter.
 */
class InvalidPracticeQueryException extends InvalidRequestException {

	private final List<String> problems;

	InvalidPracticeQueryException(List<String> problems) {
		super("Invalid search parameters: " + String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	/** One sentence per bad parameter. */
	List<String> problems() {
		return this.problems;
	}

}
