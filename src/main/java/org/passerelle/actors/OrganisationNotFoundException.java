package org.passerelle.actors;

/** No organisation has the id asked for: a 404 page, or a 404 problem document in the API. */
public class OrganisationNotFoundException extends RuntimeException {

	private final long id;

	public OrganisationNotFoundException(long id) {
		super("No organisation with id " + id);
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
