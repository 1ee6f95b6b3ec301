package org.passerelle.accounts.internal;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right but the address was never confirmed. */
class EmailNotConfirmedException extends AccountStatusException {

	EmailNotConfirmedException() {
		super("The e-mail address of this account is not confirmed yet");
	}

}
