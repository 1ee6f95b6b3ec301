package org.passerelle.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up by address for the password login, and stores re-encoded hashes when
 * the default algorithm moves on. Accounts without a password (OpenID Connect only)
 * cannot log in with one.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.users.findByEmail(UserAccount.normaliseEmail(email))
			.filter(u -> u.getPasswordHash() != null)
			.map(AccountPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account with a password for that address"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		AccountPrincipal principal = (AccountPrincipal) user;
		return this.users.findById(principal.accountId()).map(account -> {
			account.setPasswordHash(newPassword);
			return AccountPrincipal.of(account);
		}).orElseThrow(() -> new UsernameNotFoundException("The account was deleted"));
	}

}
