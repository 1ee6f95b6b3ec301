package org.passerelle.dialogues.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organisation's support of a common position, given by one of its editors; at most
 * one per organisation and position (a unique constraint settles two editors clicking at
 * once).
 */
@Entity
@Table(name = "dialogues_endorsement")
public class Endorsement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "position_id", nullable = false, updatable = false)
	private long positionId;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "endorsed_by", updatable = false)
	private Long endorsedBy;

	@Column(name = "endorsed_at", nullable = false, updatable = false)
	private Instant endorsedAt;

	protected Endorsement() {
	}

	Endorsement(long positionId, long organisationId, Long endorsedBy, Instant endorsedAt) {
		this.positionId = positionId;
		this.organisationId = organisationId;
		this.endorsedBy = endorsedBy;
		this.endorsedAt = endorsedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getPositionId() {
		return this.positionId;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public Long getEndorsedBy() {
		return this.endorsedBy;
	}

	public Instant getEndorsedAt() {
		return this.endorsedAt;
	}

}
