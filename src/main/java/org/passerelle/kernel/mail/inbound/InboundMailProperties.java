package org.passerelle.kernel.mail.inbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The inbound mailbox ({@code passerelle.mail.inbound.*}).
 *
 * @param enabled whether the mailbox is read at all
 * @param protocol {@code imap} or {@code imaps}
 * @param host the IMAP server
 * @param port its port; 0 for the protocol's default
 * @param username the mailbox's login
 * @param password the mailbox's password
 * @param folder the folder read, {@code INBOX} by default
 * @param pollInterval the pause between two reads
 * @param address the mailbox's address, e.g. {@code participate@example.org}; a handler
 * is reached at {@code participate+<prefix>-<key>@example.org}
 * @param maxSize larger messages are recorded but neither downloaded nor delivered
 * @param afterProcessing what happens to a processed message on the server: {@code keep}
 * (marked seen), {@code delete}, or {@code move} to {@code moveTo}
 * @param moveTo the folder processed messages are moved to
 * @param confirmationValidity how long an unknown sender's confirmation link works
 * @param rawRetention how long the raw bytes, headers and unstripped text of a delivered
 * or rejected message are kept (what was delivered stays with the module that took it)
 */
@ConfigurationProperties("passerelle.mail.inbound")
public record InboundMailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("imaps") String protocol,
		String host, @DefaultValue("0") int port, String username, String password,
		@DefaultValue("INBOX") String folder, @DefaultValue("PT1M") Duration pollInterval, String address,
		@DefaultValue("10MB") DataSize maxSize, @DefaultValue("keep") String afterProcessing,
		@DefaultValue("Processed") String moveTo, @DefaultValue("P7D") Duration confirmationValidity,
		@DefaultValue("P90D") Duration rawRetention) {

	/** The local part of {@link #address()}, before the {@code @}. */
	public String localPart() {
		return this.address == null ? "" : this.address.substring(0, Math.max(this.address.indexOf('@'), 0));
	}

	/** The domain of {@link #address()}, after the {@code @}. */
	public String domain() {
		return this.address == null ? "" : this.address.substring(this.address.indexOf('@') + 1);
	}

}
