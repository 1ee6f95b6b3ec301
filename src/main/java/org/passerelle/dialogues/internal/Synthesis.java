package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.passerelle.dialogues.SynthesisStatus;

/**
 * The consolidated synthesis of a dialogue: the moderators' introduction and their
 * summary of each question's answers (the figures, concepts and places are computed from
 * the published contributions each time). Envers keeps every version, so earlier wordings
 * stay in the history after an edit.
 */
@Entity
@Table(name = "dialogues_synthesis")
@Audited
public class Synthesis {

	/** Longest introduction or summary, in characters a reader sees. */
	public static final int TEXT_MAX = 20_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, updatable = false, unique = true)
	private long dialogueId;

	@Column(length = 100_000)
	private String introduction;

	@Convert(converter = SummaryList.class)
	@Column(nullable = false, length = 1_000_000)
	private List<SynthesisSummary> summaries = List.of();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SynthesisStatus status = SynthesisStatus.DRAFT;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Synthesis() {
	}

	Synthesis(long dialogueId, Instant now) {
		this.dialogueId = dialogueId;
		this.updatedAt = now;
	}

	void edit(String introduction, List<SynthesisSummary> summaries, Long by, Instant now) {
		this.introduction = introduction;
		this.summaries = List.copyOf(summaries);
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void publish(Long by, Instant now) {
		if (this.status != SynthesisStatus.PUBLISHED) {
			this.status = SynthesisStatus.PUBLISHED;
			this.publishedAt = now;
		}
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** The summary of a question, if written. */
	public Optional<String> summary(int round, int question) {
		return this.summaries.stream()
			.filter(s -> s.round() == round && s.question() == question)
			.map(SynthesisSummary::text)
			.findFirst();
	}

	public boolean isPublished() {
		return this.status == SynthesisStatus.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public List<SynthesisSummary> getSummaries() {
		return this.summaries;
	}

	public SynthesisStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
