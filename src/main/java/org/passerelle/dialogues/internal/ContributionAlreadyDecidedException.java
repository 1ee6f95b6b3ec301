package org.passerelle.dialogues.internal;

import java.time.Instant;

import org.passerelle.kernel.ConflictException;

/**
 * A moderator's decision came too late: another moderator decided on the contribution
 * first (or it changed since the moderator saw it, when {@link #decidedBy()} is
 * {@code null}).
 */
public class ContributionAlreadyDecidedException extends ConflictException {

	private final String decidedBy;

	private final DecisionKind decision;

	private final Instant decidedAt;

	ContributionAlreadyDecidedException(long id, String decidedBy, DecisionKind decision, Instant decidedAt) {
		super(decidedBy == null ? "Contribution " + id + " changed since it was shown to the moderator"
				: "Contribution " + id + " was already decided by " + decidedBy + " (" + decision + ")");
		this.decidedBy = decidedBy;
		this.decision = decision;
		this.decidedAt = decidedAt;
	}

	/** The name of the moderator who decided, or {@code null}. */
	public String decidedBy() {
		return this.decidedBy;
	}

	/** What they decided, or {@code null}. */
	public DecisionKind decision() {
		return this.decision;
	}

	/** When, or {@code null}. */
	public Instant decidedAt() {
		return this.decidedAt;
	}

}
