package org.passerelle.dialogues.internal;

import org.passerelle.dialogues.ContributionStatus;

/** What a moderator decided about a contribution, and the status it leads to. */
public enum DecisionKind {

	APPROVED(ContributionStatus.PUBLISHED), EDITED_AND_APPROVED(ContributionStatus.PUBLISHED),
	REJECTED(ContributionStatus.REJECTED), SPAM(ContributionStatus.SPAM),

	/** A published contribution withdrawn from view, with a reason (post-moderation). */
	TAKEN_DOWN(ContributionStatus.REJECTED);

	private final ContributionStatus leadsTo;

	DecisionKind(ContributionStatus leadsTo) {
		this.leadsTo = leadsTo;
	}

	/** The contribution's status after this decision. */
	public ContributionStatus leadsTo() {
		return this.leadsTo;
	}

}
