package org.passerelle.dialogues;

/** Where a round stands, by the clock. */
public enum RoundState {

	/** It has not opened yet. */
	UPCOMING,

	/** It takes contributions. */
	OPEN,

	/** It has closed. */
	CLOSED

}
