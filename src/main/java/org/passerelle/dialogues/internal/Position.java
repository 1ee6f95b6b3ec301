package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.passerelle.dialogues.PositionStatus;

/**
 * A common position of a dialogue: a text drafted by organisations (actors ids), endorsed
 * by others ({@link Endorsement}) and transmitted to institutions ({@link Transmission}).
 * Envers keeps every version of its title, text, status and follow-up note, so endorsers
 * can see what changed since they endorsed it.
 */
@Entity
@Table(name = "dialogues_position")
@Audited
public class Position {

	public static final int TITLE_MAX = 300;

	/** Longest text accepted, in characters a reader sees. */
	public static final int TEXT_MAX = 50_000;

	public static final int FOLLOW_UP_MAX = 4_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, updatable = false)
	private long dialogueId;

	@Column(nullable = false, length = 100, updatable = false)
	private String slug;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(nullable = false, length = 200_000)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PositionStatus status = PositionStatus.DRAFT;

	@Column(name = "follow_up", length = FOLLOW_UP_MAX)
	private String followUp;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@NotAudited
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dialogues_position_drafter", joinColumns = @JoinColumn(name = "position_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<Long> drafterIds = new LinkedHashSet<>();

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Position() {
	}

	Position(long dialogueId, String slug, Long createdBy, Instant now) {
		this.dialogueId = dialogueId;
		this.slug = slug;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.statusChangedAt = now;
	}

	void write(String title, String text, Set<Long> drafters, Instant now) {
		this.title = title;
		this.text = text;
		this.drafterIds.clear();
		this.drafterIds.addAll(drafters);
		this.updatedAt = now;
	}

	void follow(PositionStatus newStatus, String note, Instant now) {
		if (newStatus != this.status) {
			this.status = newStatus;
			this.statusChangedAt = now;
		}
		this.followUp = note;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getText() {
		return this.text;
	}

	public PositionStatus getStatus() {
		return this.status;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	public Set<Long> getDrafterIds() {
		return Set.copyOf(this.drafterIds);
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
