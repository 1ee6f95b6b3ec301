package org.passerelle.accounts.internal;

import java.util.Optional;

import org.passerelle.kernel.web.UserDisplayName;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Shows the account's chosen name in the header instead of its e-mail address. */
@Component
class AccountDisplayName implements UserDisplayName {

	private final UserAccountRepository users;

	AccountDisplayName(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public Optional<String> displayName(Authentication authentication) {
		if (authentication.getPrincipal() instanceof AccountBound bound) {
			return this.users.findById(bound.accountId()).map(UserAccount::getDisplayName);
		}
		return Optional.empty();
	}

}
