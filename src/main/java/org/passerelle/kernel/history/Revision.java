package org.passerelle.kernel.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change of one or more audited records, made in one transaction: its number, when
 * and by whom ({@code null} for imports and other changes without a signed-in user).
 * Revisions are numbered the database's native way, as Envers numbered them before this
 * entity existed: an identity column on H2, the sequence {@code revinfo_seq} (allocation
 * size 50) on PostgreSQL (see {@code V5__actors.sql}).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

	@Id
	@RevisionNumbering
	@RevisionNumber
	@Column(name = "rev")
	private int id;

	@RevisionTimestamp
	@Column(name = "revtstmp", nullable = false)
	private long timestamp;

	@Column(name = "user_id")
	private Long userId;

	protected Revision() {
	}

	/** The revision number, increasing with time. */
	public int getId() {
		return this.id;
	}

	/** When the change was committed. */
	public Instant getInstant() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	/** The account that made the change, or {@code null}. */
	public Long getUserId() {
		return this.userId;
	}

	void setUserId(Long userId) {
		this.userId = userId;
	}

}
