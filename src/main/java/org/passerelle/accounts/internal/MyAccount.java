package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.Locale;

import org.passerelle.accounts.AccountDeleted;
import org.passerelle.accounts.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do with their own account: edit it, download what is stored, delete it. */
@Service
public class MyAccount {

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final AccessTokens tokens;

	private final LinkTokens links;

	private final PasswordEncoder passwords;

	private final SessionTerminator sessions;

	private final ApplicationEventPublisher events;

	private final NotificationSettings notifications;

	private final MessageSource messages;

	MyAccount(UserAccountRepository users, MembershipRepository memberships, AccessTokens tokens, LinkTokens links,
			PasswordEncoder passwords, SessionTerminator sessions, ApplicationEventPublisher events,
			NotificationSettings notifications, MessageSource messages) {
		this.users = users;
		this.memberships = memberships;
		this.tokens = tokens;
		this.links = links;
		this.passwords = passwords;
		this.sessions = sessions;
		this.events = events;
		this.notifications = notifications;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public UserAccount get(long userId) {
		return this.users.findById(userId).orElseThrow(() -> new AccountNotFoundException(userId));
	}

	@Transactional
	public void updateProfile(long userId, String displayName, Locale locale) {
		UserAccount user = get(userId);
		user.setDisplayName(displayName);
		user.setLocale(locale);
	}

	/**
	 * Replaces the password after checking the current one (an account without a
	 * password, opened through OpenID Connect, may set one). The new password must
	 * already satisfy the {@link PasswordPolicy}.
	 * @return false if the current password is wrong
	 */
	@Transactional
	public boolean changePassword(long userId, String currentPassword, String newPassword) {
		UserAccount user = get(userId);
		if (user.getPasswordHash() != null
				&& (currentPassword == null || !this.passwords.matches(currentPassword, user.getPasswordHash()))) {
			return false;
		}
		user.setPasswordHash(this.passwords.encode(newPassword));
		return true;
	}

	/** Everything stored about the user (never password hashes or token values). */
	@Transactional(readOnly = true)
	public AccountExport export(long userId) {
		UserAccount user = get(userId);
		var profile = new AccountExport.Profile(user.getId(), user.getEmail(), user.getDisplayName(),
				user.getLocale().toLanguageTag(), user.isEmailConfirmed(), user.isEnabled(), user.getCreatedAt(),
				user.getLastLoginAt(), user.getOidcIssuer(), user.getOidcSubject());
		var roles = user.getRoles().stream().map(Role::name).sorted().toList();
		var memberships = this.memberships.findByUserId(userId)
			.stream()
			.map(m -> new AccountExport.MembershipEntry(m.getOrganisationId(), m.getRole().name(), m.getCreatedAt()))
			.toList();
		var tokens = this.tokens.of(userId)
			.stream()
			.map(t -> new AccountExport.TokenEntry(t.getName(), t.getTokenHint(), t.getCreatedAt(), t.getExpiresAt(),
					t.getLastUsedAt()))
			.toList();
		var pending = this.notifications.pending(userId).stream().map(n -> {
			var notice = n.notice();
			String subject = this.messages.getMessage(notice.subjectKey(), notice.args().toArray(), notice.subjectKey(),
					user.getLocale());
			return new AccountExport.PendingNoticeEntry(notice.topic(), subject, notice.link(), n.getQueuedAt());
		}).toList();
		var notifications = new AccountExport.NotificationsEntry(user.getNotificationFrequency().name(), pending);
		return new AccountExport(Instant.now(), profile, roles, memberships, tokens, notifications);
	}

	/**
	 * Whether the account has a password (accounts opened through OpenID Connect may
	 * not).
	 */
	@Transactional(readOnly = true)
	public boolean hasPassword(long userId) {
		return get(userId).getPasswordHash() != null;
	}

	/**
	 * Deletes the account, its memberships, tokens and pending notices, and announces
	 * {@link AccountDeleted}.
	 * @param confirmation the account's password, or its address for an account without
	 * one
	 * @return what happened
	 */
	@Transactional
	public Deletion delete(long userId, String confirmation) {
		UserAccount user = get(userId);
		boolean confirmed = user.getPasswordHash() != null
				? confirmation != null && this.passwords.matches(confirmation, user.getPasswordHash())
				: user.getEmail().equals(UserAccount.normaliseEmail(confirmation));
		if (!confirmed) {
			return Deletion.WRONG_CONFIRMATION;
		}
		if (user.getRoles().contains(Role.ADMINISTRATOR) && this.users.countEnabledWithRole(Role.ADMINISTRATOR) <= 1) {
			return Deletion.LAST_ADMINISTRATOR;
		}
		this.tokens.deleteAllOf(userId);
		this.links.forget(userId);
		this.notifications.forget(userId);
		this.memberships.deleteByUserId(userId);
		this.users.delete(user);
		this.sessions.endSessionsOf(user.getEmail());
		this.events.publishEvent(new AccountDeleted(userId));
		return Deletion.DELETED;
	}

	/** The outcome of {@link MyAccount#delete}. */
	public enum Deletion {

		DELETED,

		/** The password (or address) given did not match. */
		WRONG_CONFIRMATION,

		/** The platform would be left without an administrator. */
		LAST_ADMINISTRATOR

	}

}
