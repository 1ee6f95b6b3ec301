package org.passerelle.dialogues;

/** Where a dialogue's synthesis stands. */
public enum SynthesisStatus {

	/** Seen only by the dialogue's moderators and organisers. */
	DRAFT,

	/** Seen by whoever may see the dialogue. */
	PUBLISHED

}
