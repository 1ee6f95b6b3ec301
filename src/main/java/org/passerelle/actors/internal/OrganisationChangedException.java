package org.passerelle.actors.internal;

import org.passerelle.kernel.ConflictException;

/** The organisation was changed by someone else since the editor loaded it. */
public class OrganisationChangedException extends ConflictException {

	private final long currentVersion;

	public OrganisationChangedException(long id, long currentVersion) {
		super("Organisation " + id + " was changed meanwhile (now version " + currentVersion
				+ "): read it again and retry");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
