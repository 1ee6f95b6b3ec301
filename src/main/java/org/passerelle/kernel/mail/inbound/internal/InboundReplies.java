package org.passerelle.kernel.mail.inbound.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.passerelle.kernel.mail.MailMessage;
import org.passerelle.kernel.mail.MailService;

/**
 * The platform's answers to inbound mail: receipts, refusals and confirmation requests.
 * Each is marked {@code Auto-Submitted: auto-replied}, so that other robots do not answer
 * it, and threads under the sender's message. A failure to send is logged, never thrown:
 * the message's status stands.
 */
@Component
class InboundReplies {

	private static final Logger log = LoggerFactory.getLogger(InboundReplies.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MailService mail;

	InboundReplies(MailService mail) {
		this.mail = mail;
	}

	void send(Reply reply) {
		if (reply == null || reply.kind() == null || reply.to() == null) {
			return;
		}
		try {
			Map<String, Object> variables = new HashMap<>();
			variables.put("subject", reply.subject() == null ? "" : reply.subject());
			variables.put("text", reply.text() == null ? "" : reply.text());
			if (reply.token() != null) {
				variables.put("link", this.mail.baseUrl() + "/mail/confirm/" + reply.token());
				variables.put("expires", DAY.format(reply.expires()));
			}
			MailMessage message = this.mail.render(reply.to(), reply.locale(),
					"kernel.inbound.mail." + reply.kind().template + ".subject",
					"kernel/inbound/mail/" + reply.kind().template, variables,
					reply.subject() == null ? "" : reply.subject());
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Auto-Submitted", "auto-replied");
			headers.put("X-Auto-Response-Suppress", "All");
			if (reply.inReplyTo() != null && reply.inReplyTo().startsWith("<")) {
				headers.put("In-Reply-To", reply.inReplyTo());
				headers.put("References", reply.inReplyTo());
			}
			this.mail.send(message, headers);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send the {} for an inbound message to {}", reply.kind(), reply.to(), ex);
		}
	}

}
