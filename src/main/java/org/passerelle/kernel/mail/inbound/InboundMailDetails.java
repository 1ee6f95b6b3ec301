package org.passerelle.kernel.mail.inbound;

import java.time.Instant;

/**
 * A stored inbound message with its texts, for the moderators' detail page.
 *
 * @param summary what the list shows
 * @param text the sender's own text (quotations and signature removed), or {@code null}
 * when the message was not read that far
 * @param originalText the whole body as plain text, or {@code null}
 * @param headers the header block as received
 * @param hasRaw whether the raw message is stored (not when it was too large)
 * @param automatic whether it was recognised as automatic mail (no reply is ever sent)
 * @param decidedBy the moderator who delivered or rejected it by hand, or {@code null}
 * @param decidedAt when they did
 */
public record InboundMailDetails(InboundMailSummary summary, String text, String originalText, String headers,
		boolean hasRaw, boolean automatic, Long decidedBy, Instant decidedAt) {
}
