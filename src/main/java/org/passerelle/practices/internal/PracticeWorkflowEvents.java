package org.passerelle.practices.internal;

/** Events of the moderation workflow, for mails and notifications inside the module. */
public final class PracticeWorkflowEvents {

	private PracticeWorkflowEvents() {
	}

	/**
	 * A practice was submitted to the moderators.
	 *
	 * @param practiceId the practice
	 * @param byUserId who submitted it
	 */
	public record Submitted(long practiceId, long byUserId) {
	}

	/**
	 * A moderator returned a practice to its authors.
	 *
	 * @param practiceId the practice
	 * @param reason what to fix, as the moderator wrote it
	 * @param byUserId the moderator
	 */
	public record Returned(long practiceId, String reason, long byUserId) {
	}

}
