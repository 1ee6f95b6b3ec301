package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A common position sent to a named institution on a date, with the document sent: its
 * title and, when it is published, its web address (the platform does not store the file
 * itself).
 */
@Entity
@Table(name = "dialogues_transmission")
public class Transmission {

	public static final int INSTITUTION_MAX = 300;

	public static final int DOCUMENT_TITLE_MAX = 300;

	public static final int DOCUMENT_URL_MAX = 2_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "position_id", nullable = false, updatable = false)
	private long positionId;

	@Column(nullable = false, length = INSTITUTION_MAX, updatable = false)
	private String institution;

	@Column(name = "transmitted_on", nullable = false, updatable = false)
	private LocalDate transmittedOn;

	@Column(name = "document_title", nullable = false, length = DOCUMENT_TITLE_MAX, updatable = false)
	private String documentTitle;

	@Column(name = "document_url", length = DOCUMENT_URL_MAX, updatable = false)
	private String documentUrl;

	@Column(name = "recorded_by", updatable = false)
	private Long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Transmission() {
	}

	Transmission(long positionId, TransmissionCommand command, Long recordedBy, Instant recordedAt) {
		this.positionId = positionId;
		this.institution = command.institution();
		this.transmittedOn = command.transmittedOn();
		this.documentTitle = command.documentTitle();
		this.documentUrl = command.documentUrl();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getPositionId() {
		return this.positionId;
	}

	public String getInstitution() {
		return this.institution;
	}

	public LocalDate getTransmittedOn() {
		return this.transmittedOn;
	}

	public String getDocumentTitle() {
		return this.documentTitle;
	}

	public String getDocumentUrl() {
		return this.documentUrl;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
