package org.passerelle.kernel.mail.inbound;

/**
 * A module that accepts mail sent to a plus-address of the platform's inbound mailbox.
 * Declare an implementation as a bean. A message to
 * {@code <mailbox>+<prefix>-<key>@<domain>} (or {@code <mailbox>+<prefix>@<domain>}) is
 * handed to the handler of that prefix, once the kernel has checked that it is neither
 * malformed, nor too large, nor automatic, nor spoofed, and that its sender is known or
 * has confirmed their address.
 * <p>
 * {@link #receive} runs inside the transaction that marks the message delivered: what the
 * handler writes is committed together with that status, or not at all.
 */
public interface InboundMailHandler {

	/**
	 * The first word of the plus-addresses this handler answers, e.g. {@code dialogue}
	 * for {@code participate+dialogue-<slug>@example.org}: letters, digits and dots, no
	 * hyphen.
	 */
	String prefix();

	/**
	 * Takes a message.
	 * @param mail the message, its text already stripped of quoted replies and signature
	 * @return {@link InboundMailOutcome#accepted(String)} with a sentence for the
	 * sender's acknowledgement, or {@link InboundMailOutcome#refused(String)} with the
	 * reason (e.g. "the round is closed"), which the sender is told
	 */
	InboundMailOutcome receive(InboundMail mail);

}
