package org.passerelle.dialogues;

/**
 * Where a common position stands, from its drafting to the follow-up given by the
 * institutions it was sent to.
 */
public enum PositionStatus {

	/** Being written by its drafters; only the dialogue's organisers see it. */
	DRAFT,
	/** Public and open to endorsements by organisations; the text may still change. */
	OPEN_FOR_ENDORSEMENT,
	/** Sent to at least one institution; endorsements and the text are closed. */
	TRANSMITTED,
	/** An institution has acknowledged it and is examining it. */
	UNDER_CONSIDERATION,
	/** An institution has acted on it (the follow-up note says how). */
	FOLLOWED_UP,
	/** Nothing more is expected. */
	CLOSED;

	/** Whether organisations may endorse it or withdraw their endorsement. */
	public boolean isOpenForEndorsement() {
		return this == OPEN_FOR_ENDORSEMENT;
	}

	/** Whether its title and text may still be edited. */
	public boolean isEditable() {
		return this == DRAFT || this == OPEN_FOR_ENDORSEMENT;
	}

	/** Whether a transmission may be recorded. */
	public boolean acceptsTransmissions() {
		return this != DRAFT && this != CLOSED;
	}

}
