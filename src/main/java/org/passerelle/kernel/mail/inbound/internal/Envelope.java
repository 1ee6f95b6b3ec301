package org.passerelle.kernel.mail.inbound.internal;

import java.time.Instant;

/**
 * What the mail server tells of a message before its body is downloaded.
 *
 * @param messageId the Message-ID, or a stand-in made from the headers when it has none
 * @param from the sender's address, lowercased, or {@code null}
 * @param to the recipients, comma-separated
 * @param subject the decoded subject line, or {@code null}
 * @param receivedAt when the server received it
 * @param size its size in bytes (IMAP RFC822.SIZE)
 * @param headers the header block
 */
record Envelope(String messageId, String from, String to, String subject, Instant receivedAt, long size,
		String headers) {

	InboundMessage toMessage(byte[] raw) {
		return new InboundMessage(this.messageId, this.from, this.to, this.subject, this.receivedAt, this.size,
				this.headers, raw);
	}

}
