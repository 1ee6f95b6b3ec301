package org.passerelle.dialogues;

/**
 * Where a contribution stands. Only {@link #PUBLISHED} contributions are shown to others
 * than their author and the dialogue's moderators.
 */
public enum ContributionStatus {

	/** Waiting for a moderator. */
	PENDING,

	/** Public. */
	PUBLISHED,

	/** Refused by a moderator, with a reason. */
	REJECTED,

	/** Marked as spam by a moderator. */
	SPAM

}
