package org.passerelle.practices.internal;

import org.passerelle.kernel.ConflictException;

/** Someone else changed the practice since the version the editor started from. */
public class PracticeChangedException extends ConflictException {

	public PracticeChangedException(long id, long currentVersion) {
		super("Practice " + id + " was changed by someone else (now version " + currentVersion + ")");
	}

}
