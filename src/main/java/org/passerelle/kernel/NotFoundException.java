package org.passerelle.kernel;

import org.springframework.http.HttpStatus;

/**
 * The thing asked for does not exist (or is not visible to the user): a 404 page for a
 * browser, a 404 problem document for the API. Modules may subclass it
 * ({@code OrganisationNotFoundException}) or use it directly:
 * {@code repository.findById(id).orElseThrow(() -> new NotFoundException("organisation", id))}.
 */
public class NotFoundException extends PasserelleException {

	public NotFoundException(String message) {
		super(HttpStatus.NOT_FOUND, message);
	}

	/**
	 * @param kind what was looked for, e.g. {@code organisation}
	 * @param id the identifier that was not found
	 */
	public NotFoundException(String kind, Object id) {
		this("No " + kind + " with id " + id);
	}

}
