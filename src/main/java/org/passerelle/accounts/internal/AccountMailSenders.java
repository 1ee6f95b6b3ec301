package org.passerelle.accounts.internal;

import java.util.Optional;

import org.passerelle.kernel.mail.inbound.MailSenders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the kernel's inbound mail which account sent a message: only an enabled account
 * whose address was confirmed counts, so that nobody contributes in the name of an
 * address they never proved to hold.
 */
@Component
class AccountMailSenders implements MailSenders {

	private final UserAccountRepository users;

	AccountMailSenders(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> userIdFor(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return this.users.findByEmail(UserAccount.normaliseEmail(email))
			.filter(UserAccount::isEmailConfirmed)
			.filter(UserAccount::isEnabled)
			.map(UserAccount::getId);
	}

}
