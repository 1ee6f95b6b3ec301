package org.passerelle.actors.internal;

/** The organisation was changed by someone else since the editor loaded it. */
public class OrganisationChangedException extends RuntimeException {

	private final long currentVersion;

	public OrganisationChangedException(long id, long currentVersion) {
		super("Organisation " + id + " was changed meanwhile (now version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
