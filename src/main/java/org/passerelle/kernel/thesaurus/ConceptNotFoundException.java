package org.passerelle.kernel.thesaurus;

/** No thesaurus concept has the id asked for; pages and the API answer 404. */
public class ConceptNotFoundException extends RuntimeException {

	private final String conceptId;

	public ConceptNotFoundException(String conceptId) {
		super("No thesaurus concept " + conceptId);
		this.conceptId = conceptId;
	}

	public String conceptId() {
		return this.conceptId;
	}

}
