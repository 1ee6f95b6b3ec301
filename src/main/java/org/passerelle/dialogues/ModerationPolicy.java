package org.passerelle.dialogues;

/** When moderators read contributions. */
public enum ModerationPolicy {

	/** Before publication: nothing is public until a moderator approved it. */
	PRE,

	/**
	 * After publication: contributions are public at once, moderators may take them down.
	 */
	POST

}
