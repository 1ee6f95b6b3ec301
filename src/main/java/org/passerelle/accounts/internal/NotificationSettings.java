package org.passerelle.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's choice of how often to be notified, and the unsubscribe links of their mail.
 */
@Service
public class NotificationSettings {

	private final UserAccountRepository users;

	private final PendingNoticeRepository pending;

	private final UnsubscribeTokens tokens;

	NotificationSettings(UserAccountRepository users, PendingNoticeRepository pending, UnsubscribeTokens tokens) {
		this.users = users;
		this.pending = pending;
		this.tokens = tokens;
	}

	@Transactional(readOnly = true)
	public NotificationFrequency frequency(long userId) {
		return this.users.findById(userId)
			.orElseThrow(() -> new AccountNotFoundException(userId))
			.getNotificationFrequency();
	}

	/**
	 * Changes how often the user is notified. Choosing {@link NotificationFrequency#NONE}
	 * drops the notices waiting for a digest; other changes keep them for the next one.
	 */
	@Transactional
	public void change(long userId, NotificationFrequency frequency) {
		UserAccount user = this.users.findById(userId).orElseThrow(() -> new AccountNotFoundException(userId));
		user.setNotificationFrequency(frequency);
		if (frequency == NotificationFrequency.NONE) {
			this.pending.deleteByUserId(userId);
		}
	}

	/** Whether the unsubscribe token is genuine and its account still exists. */
	@Transactional(readOnly = true)
	public boolean isValidUnsubscribeToken(String token) {
		return this.tokens.userOf(token).flatMap(this.users::findById).isPresent();
	}

	/**
	 * Stops every notification mail of the token's user.
	 * @return false if the token is not genuine or its account is gone
	 */
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<Long> user = this.tokens.userOf(token).filter(this.users::existsById);
		user.ifPresent(id -> change(id, NotificationFrequency.NONE));
		return user.isPresent();
	}

	/** The notices waiting for the user's next digest, oldest first. */
	@Transactional(readOnly = true)
	public List<PendingNotice> pending(long userId) {
		return this.pending.findByUserIdOrderByQueuedAtAscIdAsc(userId);
	}

	/** Forgets the notices waiting for a deleted user. */
	@Transactional
	void forget(long userId) {
		this.pending.deleteByUserId(userId);
	}

}
