package org.passerelle.kernel.mail.inbound;

import java.util.Optional;

/**
 * Which account an inbound message's sender has. The kernel knows no accounts: the
 * accounts module provides this as a bean. Without one, every sender is unknown and must
 * confirm their address.
 */
@FunctionalInterface
public interface MailSenders {

	/**
	 * The id of the enabled account whose confirmed address this is.
	 * @param email an address, in any case
	 */
	Optional<Long> userIdFor(String email);

}
