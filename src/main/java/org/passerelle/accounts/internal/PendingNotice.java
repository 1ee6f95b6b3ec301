package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.passerelle.accounts.Notice;

/** A notice waiting for its user's next daily or weekly digest. */
@Entity
@Table(name = "accounts_pending_notice")
public class PendingNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private long userId;

	@Column(nullable = false, updatable = false)
	private String topic;

	@Column(name = "subject_key", nullable = false, updatable = false)
	private String subjectKey;

	@Column(name = "body_key", nullable = false, updatable = false)
	private String bodyKey;

	@Convert(converter = NoticeArgs.class)
	@Column(nullable = false, updatable = false, length = 4000)
	private List<String> args = List.of();

	@Column(updatable = false, length = 1000)
	private String link;

	@Column(name = "queued_at", nullable = false, updatable = false)
	private Instant queuedAt;

	protected PendingNotice() {
	}

	PendingNotice(long userId, Notice notice, Instant queuedAt) {
		this.userId = userId;
		this.topic = notice.topic();
		this.subjectKey = notice.subjectKey();
		this.bodyKey = notice.bodyKey();
		this.args = notice.args();
		this.link = notice.link();
		this.queuedAt = queuedAt;
	}

	/** The notice as it was given. */
	public Notice notice() {
		return new Notice(this.topic, this.subjectKey, this.bodyKey, this.args, this.link);
	}

	public Long getId() {
		return this.id;
	}

	public long getUserId() {
		return this.userId;
	}

	public Instant getQueuedAt() {
		return this.queuedAt;
	}

}
