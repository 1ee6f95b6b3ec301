package org.passerelle.dialogues.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file attached to a contribution, kept in the database. Its content is read only for a
 * download: lists use {@link AttachmentInfo}.
 */
@Entity
@Table(name = "dialogues_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "contribution_id", nullable = false, updatable = false)
	private long contributionId;

	@Column(nullable = false, length = 255, updatable = false)
	private String filename;

	@Column(name = "content_type", nullable = false, length = 100, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long size;

	// BYTEA on PostgreSQL, BINARY VARYING on H2: read and written whole
	@Basic(fetch = FetchType.LAZY)
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, updatable = false, length = 10_485_760)
	private byte[] content;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(long contributionId, String filename, String contentType, byte[] content, Instant createdAt) {
		this.contributionId = contributionId;
		this.filename = filename;
		this.contentType = contentType;
		this.size = content.length;
		this.content = content;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getContributionId() {
		return this.contributionId;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public byte[] getContent() {
		return this.content;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
