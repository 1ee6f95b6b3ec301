package org.passerelle.kernel.mail.inbound;

import java.util.Objects;

/**
 * What a handler did with a message.
 *
 * @param accepted whether the message was taken
 * @param message for an accepted message, a sentence for the sender's acknowledgement
 * (may be {@code null}); for a refused one, the reason, shown to moderators and told to
 * the sender
 */
public record InboundMailOutcome(boolean accepted, String message) {

	public InboundMailOutcome {
		if (!accepted) {
			Objects.requireNonNull(message, "a refusal needs a reason");
		}
	}

	/**
	 * The message was taken; {@code acknowledgement} is added to the sender's receipt.
	 */
	public static InboundMailOutcome accepted(String acknowledgement) {
		return new InboundMailOutcome(true, acknowledgement);
	}

	/** The message was not taken, for the given reason. */
	public static InboundMailOutcome refused(String reason) {
		return new InboundMailOutcome(false, reason);
	}

}
