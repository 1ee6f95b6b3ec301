package org.passerelle.accounts.internal;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an account and proving the address, and getting a forgotten password replaced.
 * None of these answers says whether an address has an account: the outcome the visitor
 * sees is the same, and the mail goes to the address's owner.
 */
@Service
public class Registrations {

	private final UserAccountRepository users;

	private final LinkTokens links;

	private final AccountMailer mailer;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final SessionTerminator sessions;

	private final LinkMailQuota quota;

	Registrations(UserAccountRepository users, LinkTokens links, AccountMailer mailer, PasswordEncoder passwords,
			LoginThrottle throttle, SessionTerminator sessions, LinkMailQuota quota) {
		this.users = users;
		this.links = links;
		this.mailer = mailer;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.quota = quota;
	}

	/**
	 * Opens an unconfirmed account and mails the confirmation link. When the address
	 * already has an account, nothing changes: an unconfirmed one gets a fresh link, a
	 * confirmed one's owner is told that someone tried.
	 */
	@Transactional
	public void register(Registration registration) {
		Optional<UserAccount> existing = this.users.findByEmail(UserAccount.normaliseEmail(registration.email()));
		if (existing.isPresent()) {
			UserAccount user = existing.get();
			if (!this.quota.allow(user.getEmail())) {
				return;
			}
			if (user.isEmailConfirmed()) {
				this.mailer.alreadyRegistered(user);
			}
			else {
				this.mailer.confirmation(user, this.links.issue(user.getId(), LinkPurpose.CONFIRM_EMAIL));
			}
			return;
		}
		UserAccount user = new UserAccount(registration.email(), registration.displayName(), registration.locale());
		user.setPasswordHash(this.passwords.encode(registration.password()));
		this.users.save(user);
		this.quota.allow(user.getEmail());
		this.mailer.confirmation(user, this.links.issue(user.getId(), LinkPurpose.CONFIRM_EMAIL));
	}

	/**
	 * Confirms the address the link was sent to; false if the link is unknown, used or
	 * stale.
	 */
	@Transactional
	public boolean confirm(String token) {
		return this.links.consume(token, LinkPurpose.CONFIRM_EMAIL).flatMap(this.users::findById).map(user -> {
			user.confirmEmail();
			return true;
		}).orElse(false);
	}

	/** Sends a new confirmation link if the address has an unconfirmed account. */
	@Transactional
	public void resendConfirmation(String email) {
		this.users.findByEmail(UserAccount.normaliseEmail(email))
			.filter(user -> !user.isEmailConfirmed() && user.isEnabled())
			.filter(user -> this.quota.allow(user.getEmail()))
			.ifPresent(
					user -> this.mailer.confirmation(user, this.links.issue(user.getId(), LinkPurpose.CONFIRM_EMAIL)));
	}

	/** Mails a password reset link if the address has an enabled account. */
	@Transactional
	public void requestPasswordReset(String email) {
		this.users.findByEmail(UserAccount.normaliseEmail(email))
			.filter(UserAccount::isEnabled)
			.filter(user -> this.quota.allow(user.getEmail()))
			.ifPresent(user -> this.mailer.passwordReset(user,
					this.links.issue(user.getId(), LinkPurpose.RESET_PASSWORD)));
	}

	/**
	 * The account a reset link is for, while the link is valid, to check the new password
	 * against.
	 */
	@Transactional(readOnly = true)
	public Optional<ResetTarget> resetTarget(String token) {
		return this.links.peek(token, LinkPurpose.RESET_PASSWORD)
			.flatMap(this.users::findById)
			.map(user -> new ResetTarget(user.getEmail(), user.getDisplayName()));
	}

	/**
	 * Replaces the password of the account the link was sent to, which also proves the
	 * address; ends the account's sessions. False if the link is unknown, used or stale.
	 */
	@Transactional
	public boolean resetPassword(String token, String newPassword) {
		return this.links.consume(token, LinkPurpose.RESET_PASSWORD).flatMap(this.users::findById).map(user -> {
			user.setPasswordHash(this.passwords.encode(newPassword));
			user.confirmEmail();
			this.throttle.succeeded(user.getEmail());
			this.sessions.endSessionsOf(user.getEmail());
			return true;
		}).orElse(false);
	}

	/**
	 * Whose password a reset link replaces.
	 *
	 * @param email the account's address
	 * @param displayName the account's name
	 */
	public record ResetTarget(String email, String displayName) {
	}

}
