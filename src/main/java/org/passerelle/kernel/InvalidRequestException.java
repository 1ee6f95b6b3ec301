package org.passerelle.kernel;

import org.springframework.http.HttpStatus;

/**
 * The request itself is wrong in a way Bean Validation cannot express (an unknown code,
 * an inconsistent combination of parameters): HTTP 400. Forms should rather report such
 * errors next to the field, through the binding result.
 */
public class InvalidRequestException extends PasserelleException {

	public InvalidRequestException(String message) {
		super(HttpStatus.BAD_REQUEST, message);
	}

}
