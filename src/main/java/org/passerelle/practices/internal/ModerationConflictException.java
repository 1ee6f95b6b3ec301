package org.passerelle.practices.internal;

import org.passerelle.kernel.ConflictException;
import org.passerelle.practices.PracticeStatus;

/**
 * A moderator's decision came too late: the practice was changed since the moderator saw
 * it, or another moderator already decided on it.
 */
public class ModerationConflictException extends ConflictException {

	private final PracticeStatus currentStatus;

	public ModerationConflictException(long id, PracticeStatus currentStatus) {
		super("Practice " + id + " changed since it was shown to the moderator (now " + currentStatus + ")");
		this.currentStatus = currentStatus;
	}

	/** Where the practice stands now. */
	public PracticeStatus currentStatus() {
		return this.currentStatus;
	}

	/** Whether someone already published or returned it (rather than only edited it). */
	public boolean alreadyDecided() {
		return this.currentStatus != PracticeStatus.SUBMITTED;
	}

}
