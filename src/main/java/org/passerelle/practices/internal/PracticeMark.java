package org.passerelle.practices.internal;

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
 * A member's mark on a published practice: "useful" (one per user) or "replicated by us"
 * on behalf of one of their organisations (one per organisation). Not audited: a mark is
 * added or removed, never edited.
 */
@Entity
@Table(name = "practices_mark")
public class PracticeMark {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id", nullable = false)
	private long practiceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Kind kind;

	/** The user for {@link Kind#USEFUL}, the organisation for {@link Kind#REPLICATED}. */
	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "user_id")
	private Long userId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PracticeMark() {
	}

	private PracticeMark(long practiceId, Kind kind, long ownerId, long userId) {
		this.practiceId = practiceId;
		this.kind = kind;
		this.ownerId = ownerId;
		this.userId = userId;
		this.createdAt = Instant.now();
	}

	/** The user finds the practice useful. */
	public static PracticeMark useful(long practiceId, long userId) {
		return new PracticeMark(practiceId, Kind.USEFUL, userId, userId);
	}

	/** The user's organisation did the same at home. */
	public static PracticeMark replicated(long practiceId, long organisationId, long userId) {
		return new PracticeMark(practiceId, Kind.REPLICATED, organisationId, userId);
	}

	public Long getId() {
		return this.id;
	}

	public long getPracticeId() {
		return this.practiceId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The account that marked it is gone; the organisation's mark stays. */
	void forgetUser() {
		this.userId = null;
	}

	/** What a mark says. */
	public enum Kind {

		USEFUL, REPLICATED

	}

}
