package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.passerelle.dialogues.RoundState;

/**
 * A round of a dialogue: a period and its questions, numbered from 1 in their order. Its
 * state is never stored: it follows from the clock.
 */
@Entity
@Table(name = "dialogues_round")
public class Round {

	public static final int TITLE_MAX = 300;

	public static final int QUESTION_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id", nullable = false)
	private Dialogue dialogue;

	@Column(nullable = false)
	private int number;

	@Column(length = TITLE_MAX)
	private String title;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	@Convert(converter = QuestionList.class)
	@Column(nullable = false, length = 20_000)
	private List<String> questions = List.of();

	@Column(name = "announced_at")
	private Instant announcedAt;

	protected Round() {
	}

	Round(Dialogue dialogue, int number, String title, Instant opensAt, Instant closesAt, List<String> questions) {
		this.dialogue = dialogue;
		this.number = number;
		change(title, opensAt, closesAt, questions);
	}

	void change(String title, Instant opensAt, Instant closesAt, List<String> questions) {
		if (this.announcedAt != null && opensAt.isAfter(this.announcedAt)) {
			// moved to a later date: announce it again when it opens
			this.announcedAt = null;
		}
		this.title = title;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.questions = List.copyOf(questions);
	}

	/**
	 * Where the round stands at that instant: it opens at opensAt and closes at closesAt.
	 */
	public RoundState state(Instant now) {
		if (now.isBefore(this.opensAt)) {
			return RoundState.UPCOMING;
		}
		return now.isBefore(this.closesAt) ? RoundState.OPEN : RoundState.CLOSED;
	}

	/** Whether the round has a question with that number (from 1). */
	public boolean hasQuestion(int questionNumber) {
		return questionNumber >= 1 && questionNumber <= this.questions.size();
	}

	/** The text of the question with that number (from 1). */
	public String question(int questionNumber) {
		return this.questions.get(questionNumber - 1);
	}

	void announce(Instant now) {
		this.announcedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Dialogue getDialogue() {
		return this.dialogue;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public List<String> getQuestions() {
		return this.questions;
	}

	public Instant getAnnouncedAt() {
		return this.announcedAt;
	}

}
