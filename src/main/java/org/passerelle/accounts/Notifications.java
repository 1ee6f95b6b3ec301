package org.passerelle.accounts;

import java.util.Collection;
import java.util.LinkedHashSet;

import org.passerelle.accounts.internal.NoticeDue;
import org.passerelle.accounts.internal.NotificationQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users by mail what concerns them, as often as each of them chose: at once, in a
 * daily or weekly digest, or never. Nothing is sent if the caller's transaction rolls
 * back: immediate mail leaves after the commit, and digest notices are queued in the
 * caller's transaction. Users whose address is not confirmed, or whose account is
 * disabled, get nothing.
 */
@Service
public class Notifications {

	private final NotificationQueue queue;

	private final ApplicationEventPublisher events;

	Notifications(NotificationQueue queue, ApplicationEventPublisher events) {
		this.queue = queue;
		this.events = events;
	}

	/** Tells the user, in their interface language. */
	@Transactional
	public void notify(long userId, Notice notice) {
		if (this.queue.mailNowOrQueue(userId, notice)) {
			this.events.publishEvent(new NoticeDue(userId, notice));
		}
	}

	/** Tells each of the users once, even if listed twice. */
	@Transactional
	public void notifyAll(Collection<Long> userIds, Notice notice) {
		new LinkedHashSet<>(userIds).forEach(id -> notify(id, notice));
	}

}
