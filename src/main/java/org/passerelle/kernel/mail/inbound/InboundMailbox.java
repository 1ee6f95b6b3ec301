package org.passerelle.kernel.mail.inbound;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The stored inbound messages, for moderators, and the confirmation of unknown senders.
 */
public interface InboundMailbox {

	/**
	 * The messages, newest first.
	 * @param status only those with this status, or all when {@code null}
	 */
	Page<InboundMailSummary> list(InboundMailStatus status, Pageable pageable);

	/** A message with its texts. */
	Optional<InboundMailDetails> find(long id);

	/** The raw message as received, unless it was too large to download. */
	Optional<byte[]> raw(long id);

	/**
	 * Hands a held message to its handler although its sender is unknown or not
	 * authenticated, as the signed-in moderator.
	 * @return the message's new state: delivered, or rejected when the handler refused it
	 * @throws org.passerelle.kernel.NotFoundException if there is no such message
	 * @throws org.passerelle.kernel.ConflictException if it is not held, or has no
	 * handler any more
	 */
	InboundMailSummary deliverAnyway(long id);

	/**
	 * Rejects a message that has not been delivered, with the moderator's reason.
	 * @throws org.passerelle.kernel.NotFoundException if there is no such message
	 * @throws org.passerelle.kernel.ConflictException if it was delivered already
	 */
	InboundMailSummary reject(long id, String reason);

	/**
	 * Confirms an unknown sender's address with the token of the mailed link, and hands
	 * the held message to its handler.
	 * @return what became of the message
	 */
	Confirmation confirm(String token);

	/**
	 * Whether a confirmation link is still good to follow, without following it: a page
	 * asks the sender to press a button first, because mail scanners fetch every link of
	 * a message and must not deliver it on the sender's behalf.
	 */
	boolean awaitsConfirmation(String token);

	/** What following a confirmation link did. */
	enum Confirmation {

		/** The message was delivered. */
		DELIVERED,

		/**
		 * The message reached its handler, which refused it (e.g. the round has closed).
		 */
		REFUSED,

		/**
		 * The link is forged, expired, already used, or its message was decided
		 * meanwhile.
		 */
		INVALID

	}

}
