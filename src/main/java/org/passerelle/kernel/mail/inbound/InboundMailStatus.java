package org.passerelle.kernel.mail.inbound;

/** Where a stored inbound message stands. */
public enum InboundMailStatus {

	/** Stored, not yet examined (or examination failed and will not be retried). */
	RECEIVED,

	/** Waiting: for its sender to confirm the address, or for a moderator. */
	HELD,

	/** Handed to its handler, which accepted it. */
	DELIVERED,

	/** Handed to its handler after the sender followed the confirmation link. */
	CONFIRMED,

	/** Not delivered, for the recorded reason; the raw message is kept. */
	REJECTED

}
