package org.passerelle.accounts.internal;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed logins for the address or from the IP address: this attempt was not
 * even checked.
 */
class LoginThrottledException extends AccountStatusException {

	LoginThrottledException() {
		super("Too many failed login attempts; try again later");
	}

}
