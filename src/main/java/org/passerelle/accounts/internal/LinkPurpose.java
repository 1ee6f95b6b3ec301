package org.passerelle.accounts.internal;

import java.time.Duration;

/** What a link sent by mail is for. */
enum LinkPurpose {

	CONFIRM_EMAIL, RESET_PASSWORD;

	Duration validity(AccountsProperties properties) {
		return this == CONFIRM_EMAIL ? properties.confirmationValidity() : properties.resetValidity();
	}

}
