package org.passerelle.kernel.mail.inbound;

import java.time.Instant;

/**
 * A stored inbound message as the moderators' list shows it.
 *
 * @param id the stored message's id
 * @param receivedAt when the mailbox received it
 * @param from the sender's address
 * @param to the recipients
 * @param subject the subject line
 * @param status where it stands
 * @param reason why it was held or rejected, or {@code null}
 * @param handlerTag the plus-address tag it was sent to, or {@code null}
 * @param sizeBytes its size as the server reported it
 * @param senderUserId the sender's account, or {@code null}
 */
public record InboundMailSummary(long id, Instant receivedAt, String from, String to, String subject,
		InboundMailStatus status, String reason, String handlerTag, long sizeBytes, Long senderUserId) {
}
