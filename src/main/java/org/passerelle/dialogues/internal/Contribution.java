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
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;

/**
 * A contribution to a dialogue: answers to questions of one round, or (with a parent) a
 * reply to a published contribution. Its status changes only through a moderator's
 * decision; Envers keeps every version, so the text as written stays in the history when
 * a moderator edits it before publishing.
 */
@Entity
@Table(name = "dialogues_contribution")
@Audited
public class Contribution {

	/** Longest answer accepted, in characters a reader sees. */
	public static final int ANSWER_MAX = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dialogue_id", nullable = false, updatable = false)
	private long dialogueId;

	@Column(name = "round_number", nullable = false, updatable = false)
	private int roundNumber;

	@Column(name = "parent_id", updatable = false)
	private Long parentId;

	@Convert(converter = AnswerList.class)
	@Column(nullable = false, length = 1_000_000)
	private List<Answer> answers = List.of();

	@Column(name = "author_id", nullable = false, updatable = false)
	private long authorId;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(nullable = false, length = 10)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ContributionChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContributionStatus status;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Contribution() {
	}

	Contribution(long dialogueId, int roundNumber, Long parentId, List<Answer> answers, long authorId,
			Long organisationId, String language, ContributionChannel channel, ContributionStatus status, Instant now) {
		this.dialogueId = dialogueId;
		this.roundNumber = roundNumber;
		this.parentId = parentId;
		this.answers = List.copyOf(answers);
		this.authorId = authorId;
		this.organisationId = organisationId;
		this.language = language;
		this.channel = channel;
		this.status = status;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void decide(ContributionStatus newStatus, Instant now) {
		this.status = newStatus;
		this.updatedAt = now;
	}

	void replaceAnswers(List<Answer> edited, Instant now) {
		this.answers = List.copyOf(edited);
		this.updatedAt = now;
	}

	/** The answer to that question, if given. */
	public Optional<Answer> answer(int question) {
		return this.answers.stream().filter(a -> a.question() == question).findFirst();
	}

	/** Whether it replies to another contribution. */
	public boolean isReply() {
		return this.parentId != null;
	}

	/** A reply's text. */
	public String replyText() {
		return answer(Answer.REPLY).map(Answer::text).orElse("");
	}

	public Long getId() {
		return this.id;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public int getRoundNumber() {
		return this.roundNumber;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public List<Answer> getAnswers() {
		return this.answers;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getLanguage() {
		return this.language;
	}

	public ContributionChannel getChannel() {
		return this.channel;
	}

	public ContributionStatus getStatus() {
		return this.status;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
