package org.passerelle.accounts.internal;

import java.time.Clock;

import org.passerelle.accounts.Notice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what becomes of a notice according to its recipient's choice: mailed at once,
 * queued for a digest, or dropped.
 */
@Component
public class NotificationQueue {

	private final UserAccountRepository users;

	private final PendingNoticeRepository pending;

	private final Clock clock;

	NotificationQueue(UserAccountRepository users, PendingNoticeRepository pending, ObjectProvider<Clock> clock) {
		this.users = users;
		this.pending = pending;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Queues the notice if the user wants digests.
	 * @return whether it is to be mailed at once instead
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean mailNowOrQueue(long userId, Notice notice) {
		UserAccount user = this.users.findById(userId).orElse(null);
		if (user == null || !user.isEnabled() || !user.isEmailConfirmed()) {
			return false;
		}
		return switch (user.getNotificationFrequency()) {
			case IMMEDIATE -> true;
			case DAILY, WEEKLY -> {
				this.pending.save(new PendingNotice(userId, notice, this.clock.instant()));
				yield false;
			}
			case NONE -> false;
		};
	}

}
