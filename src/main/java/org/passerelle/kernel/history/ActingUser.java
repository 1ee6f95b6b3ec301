package org.passerelle.kernel.history;

import java.util.Optional;

/**
 * Who is making the current change, as an account id, for the change history. The kernel
 * knows no accounts: the accounts module provides this as a bean. Without one, or when no
 * user is signed in (imports, demo content, scheduled tasks), revisions have no author.
 */
@FunctionalInterface
public interface ActingUser {

	/** The id of the signed-in user's account, if any. */
	Optional<Long> currentUserId();

}
