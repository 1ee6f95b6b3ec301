package org.passerelle.kernel.mail.inbound.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.passerelle.kernel.mail.inbound.InboundMailStatus;

/** One message read from the inbound mailbox, whatever became of it. */
@Entity
@Table(name = "inbound_mail")
public class InboundMessage {

	static final int TEXT_MAX = 1_000_000;

	static final int HEADERS_MAX = 100_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "message_id", nullable = false, length = 998)
	private String messageId;

	@Column(name = "from_address", length = 320)
	private String fromAddress;

	@Column(name = "to_address", length = 2000)
	private String toAddress;

	@Column(length = 2000)
	private String subject;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private InboundMailStatus status = InboundMailStatus.RECEIVED;

	@Column(length = 1000)
	private String reason;

	@Column(name = "handler_tag", length = 200)
	private String handlerTag;

	@Column(name = "sender_user_id")
	private Long senderUserId;

	@Column(length = HEADERS_MAX)
	private String headers;

	private byte[] raw;

	@Column(name = "original_text", length = TEXT_MAX)
	private String originalText;

	@Column(name = "stripped_text", length = TEXT_MAX)
	private String strippedText;

	@Column(nullable = false)
	private boolean automatic;

	@Column(name = "confirmation_hash", length = 64)
	private String confirmationHash;

	@Column(name = "confirmation_expires_at")
	private Instant confirmationExpiresAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected InboundMessage() {
	}

	InboundMessage(String messageId, String fromAddress, String toAddress, String subject, Instant receivedAt,
			long sizeBytes, String headers, byte[] raw) {
		this.messageId = cut(messageId, 998);
		this.fromAddress = cut(fromAddress, 320);
		this.toAddress = cut(toAddress, 2000);
		this.subject = cut(subject, 2000);
		this.receivedAt = receivedAt;
		this.recordedAt = Instant.now();
		this.sizeBytes = sizeBytes;
		this.headers = cut(headers, HEADERS_MAX);
		this.raw = raw;
	}

	void reject(String reason) {
		this.status = InboundMailStatus.REJECTED;
		this.reason = cut(reason, 1000);
	}

	void hold(String reason) {
		this.status = InboundMailStatus.HELD;
		this.reason = cut(reason, 1000);
	}

	void deliver(InboundMailStatus status, Long senderUserId) {
		this.status = status;
		this.reason = null;
		this.senderUserId = senderUserId;
		this.confirmationHash = null;
		this.confirmationExpiresAt = null;
	}

	void examined(String fromAddress, String handlerTag, String originalText, String strippedText, boolean automatic) {
		this.fromAddress = cut(fromAddress, 320);
		this.handlerTag = cut(handlerTag, 200);
		this.originalText = cut(originalText, TEXT_MAX);
		this.strippedText = cut(strippedText, TEXT_MAX);
		this.automatic = automatic;
	}

	void awaitConfirmation(String hash, Instant expiresAt) {
		this.confirmationHash = hash;
		this.confirmationExpiresAt = expiresAt;
	}

	void decidedBy(Long userId) {
		this.decidedBy = userId;
		this.decidedAt = Instant.now();
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public String getMessageId() {
		return this.messageId;
	}

	public String getFromAddress() {
		return this.fromAddress;
	}

	public String getToAddress() {
		return this.toAddress;
	}

	public String getSubject() {
		return this.subject;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public InboundMailStatus getStatus() {
		return this.status;
	}

	public String getReason() {
		return this.reason;
	}

	public String getHandlerTag() {
		return this.handlerTag;
	}

	public Long getSenderUserId() {
		return this.senderUserId;
	}

	public String getHeaders() {
		return this.headers;
	}

	public byte[] getRaw() {
		return this.raw;
	}

	public String getOriginalText() {
		return this.originalText;
	}

	public String getStrippedText() {
		return this.strippedText;
	}

	public boolean isAutomatic() {
		return this.automatic;
	}

	String getConfirmationHash() {
		return this.confirmationHash;
	}

	Instant getConfirmationExpiresAt() {
		return this.confirmationExpiresAt;
	}

	public Long getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
