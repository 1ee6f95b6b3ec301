package org.passerelle.dialogues.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A moderator's decision on one version of a contribution. The table allows one decision
 * per contribution version, so two moderators deciding at once cannot both be recorded.
 */
@Entity
@Table(name = "dialogues_moderation_decision")
public class ModerationDecision {

	public static final int NOTE_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "contribution_id", nullable = false, updatable = false)
	private long contributionId;

	@Column(name = "contribution_version", nullable = false, updatable = false)
	private long contributionVersion;

	@Column(name = "moderator_id", nullable = false, updatable = false)
	private long moderatorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private DecisionKind decision;

	@Column(length = NOTE_MAX, updatable = false)
	private String note;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected ModerationDecision() {
	}

	ModerationDecision(long contributionId, long contributionVersion, long moderatorId, DecisionKind decision,
			String note, Instant decidedAt) {
		this.contributionId = contributionId;
		this.contributionVersion = contributionVersion;
		this.moderatorId = moderatorId;
		this.decision = decision;
		this.note = note;
		this.decidedAt = decidedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getContributionId() {
		return this.contributionId;
	}

	public long getContributionVersion() {
		return this.contributionVersion;
	}

	public long getModeratorId() {
		return this.moderatorId;
	}

	public DecisionKind getDecision() {
		return this.decision;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
