package org.passerelle.actors;

import org.passerelle.kernel.NotFoundException;

/**
 * No organisation has the id asked for: the shell's 404 page, or a 404 problem document
 * in the API.
 */
public class OrganisationNotFoundException extends NotFoundException {

	private final long id;

	public OrganisationNotFoundException(long id) {
		super("organisation", id);
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
