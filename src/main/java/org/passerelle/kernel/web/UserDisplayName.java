package org.passerelle.kernel.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Tells the shell what to call the signed-in user in the header's user menu. The kernel
 * does not know accounts, so the accounts module provides this as a bean; without one, or
 * when it returns nothing, the shell shows the authentication's name.
 */
@FunctionalInterface
public interface UserDisplayName {

	/** The name to show for this (authenticated, non-anonymous) user, if known. */
	Optional<String> displayName(Authentication authentication);

}
