package org.passerelle.accounts.internal;

import java.util.Optional;

import org.passerelle.kernel.history.ActingUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells the kernel's change history which account is making a change. */
@Component
class AccountActingUser implements ActingUser {

	@Override
	public Optional<Long> currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountBound bound) {
			return Optional.of(bound.accountId());
		}
		return Optional.empty();
	}

}
