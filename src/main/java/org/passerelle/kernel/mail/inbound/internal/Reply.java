package org.passerelle.kernel.mail.inbound.internal;

import java.time.Instant;
import java.util.Locale;

/**
 * A mail to send to the sender of an inbound message, once the decision is committed.
 *
 * @param kind which mail, or {@code null} for none
 * @param to the sender's address
 * @param locale the language to write in
 * @param subject the inbound message's subject
 * @param inReplyTo the inbound message's Message-ID
 * @param text the handler's acknowledgement or refusal reason, or {@code null}
 * @param token the confirmation token, for {@link Kind#CONFIRMATION}
 * @param expires when the confirmation link stops working
 */
record Reply(Kind kind, String to, Locale locale, String subject, String inReplyTo, String text, String token,
		Instant expires) {

	/** No mail at all: automatic, rejected or suspicious messages are never answered. */
	static final Reply NONE = new Reply(null, null, null, null, null, null, null, null);

	static Reply acknowledgement(InboundMessage message, Locale locale, String text) {
		return new Reply(Kind.ACKNOWLEDGEMENT, message.getFromAddress(), locale, message.getSubject(),
				message.getMessageId(), text, null, null);
	}

	static Reply refusal(InboundMessage message, Locale locale, String reason) {
		return new Reply(Kind.REFUSAL, message.getFromAddress(), locale, message.getSubject(), message.getMessageId(),
				reason, null, null);
	}

	static Reply confirmation(InboundMessage message, Locale locale, String token, Instant expires) {
		return new Reply(Kind.CONFIRMATION, message.getFromAddress(), locale, message.getSubject(),
				message.getMessageId(), null, token, expires);
	}

	enum Kind {

		ACKNOWLEDGEMENT("acknowledgement"), REFUSAL("refusal"), CONFIRMATION("confirmation");

		final String template;

		Kind(String template) {
			this.template = template;
		}

	}

}
