package org.passerelle.dialogues.internal;

import java.util.Optional;

import org.passerelle.kernel.mail.inbound.InboundMailProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The address a dialogue takes contributions at,
 * {@code <mailbox>+dialogue-<slug>@<domain>}, when the inbound mailbox is read.
 */
@Component
public class DialogueMailAddress {

	private final ObjectProvider<InboundMailProperties> mailbox;

	DialogueMailAddress(ObjectProvider<InboundMailProperties> mailbox) {
		this.mailbox = mailbox;
	}

	/** The dialogue's address, if inbound mail is enabled and has an address. */
	public Optional<String> of(String slug) {
		InboundMailProperties properties = this.mailbox.getIfAvailable();
		if (properties == null || !properties.enabled() || properties.address() == null
				|| properties.localPart().isEmpty() || properties.domain().isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(properties.localPart() + "+" + DialogueMailHandler.PREFIX + "-" + slug + "@" + properties.domain());
	}

}
