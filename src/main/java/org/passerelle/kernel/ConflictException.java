package org.passerelle.kernel;

import org.springframework.http.HttpStatus;

/**
 * The request clashes with the current state of the data (a duplicate, a record changed
 * by someone else meanwhile, a workflow step that is no longer possible): HTTP 409.
 */
public class ConflictException extends PasserelleException {

	public ConflictException(String message) {
		super(HttpStatus.CONFLICT, message);
	}

	public ConflictException(String message, Throwable cause) {
		super(HttpStatus.CONFLICT, message, cause);
	}

}
