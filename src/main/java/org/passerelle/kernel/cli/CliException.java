package org.passerelle.kernel.cli;

/**
 * An error of a command the user can understand and fix: printed without a stack trace.
 */
public class CliException extends RuntimeException {

	private final int status;

	public CliException(String message) {
		this(message, 1);
	}

	public CliException(String message, int status) {
		super(message);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
