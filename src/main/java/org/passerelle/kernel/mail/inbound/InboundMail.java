package org.passerelle.kernel.mail.inbound;

import java.time.Instant;

/**
 * A message handed to an {@link InboundMailHandler}.
 *
 * @param id the stored message's id (moderators find it at
 * {@code /admin/inbound-mail/{id}})
 * @param senderAddress the sender's address, lowercased
 * @param senderUserId the sender's confirmed account, or {@code null} when the sender has
 * no account and confirmed the address by following the mailed link, or when a moderator
 * delivered the message anyway
 * @param key the plus-address after the handler's prefix and its hyphen, e.g. the
 * dialogue's slug; {@code ""} when the address names the prefix only
 * @param subject the decoded subject line, or {@code ""}
 * @param text the body as plain text without quoted replies and signature
 * @param originalText the whole body as plain text
 * @param receivedAt when the mailbox received the message
 */
public record InboundMail(long id, String senderAddress, Long senderUserId, String key, String subject, String text,
		String originalText, Instant receivedAt) {
}
