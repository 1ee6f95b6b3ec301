package org.passerelle.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.passerelle.kernel.mail.MailDeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily and weekly digests, on one node only. It runs every hour and sends each
 * user the notices queued before their latest digest time (see
 * {@link NotificationProperties}), so that a run missed while the platform was stopped is
 * made up by the next one and a second run in the same hour sends nothing twice. Sent
 * notices are deleted; when a digest cannot be sent, its notices wait for the next run.
 * <p>
 * "Now" is the application's {@link Clock} bean when there is one (tests set a fixed
 * one), the system clock otherwise.
 */
@Component
public class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final PendingNoticeRepository pending;

	private final UserAccountRepository users;

	private final NoticeMailer mailer;

	private final NotificationProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Autowired
	DigestJob(PendingNoticeRepository pending, UserAccountRepository users, NoticeMailer mailer,
			NotificationProperties properties, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
		this(pending, users, mailer, properties, transactions, clock.getIfAvailable(Clock::systemUTC));
	}

	DigestJob(PendingNoticeRepository pending, UserAccountRepository users, NoticeMailer mailer,
			NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.pending = pending;
		this.users = users;
		this.mailer = mailer;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The same job measuring time against another clock (for tests). */
	public DigestJob at(Clock other) {
		return new DigestJob(this.pending, this.users, this.mailer, this.properties,
				this.transaction.getTransactionManager(), other);
	}

	@Scheduled(cron = "${passerelle.accounts.notifications.digest-check:0 0 * * * *}")
	@SchedulerLock(name = "accounts.digests", lockAtMostFor = "PT50M")
	void scheduled() {
		sendDue();
	}

	/**
	 * Sends the digests due by now.
	 * @return how many digests were sent
	 */
	public int sendDue() {
		Instant now = this.clock.instant();
		Instant daily = this.properties.lastDailyDigest(now);
		Instant weekly = this.properties.lastWeeklyDigest(now);
		int sent = 0;
		// weekly digests are never due later than daily ones: whoever is due has notices
		// queued before the daily time
		for (Long userId : this.pending.usersWithNoticesBefore(daily)) {
			Boolean done = this.transaction.execute(status -> sendTo(userId, daily, weekly));
			if (Boolean.TRUE.equals(done)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendTo(long userId, Instant daily, Instant weekly) {
		Optional<UserAccount> user = this.users.findById(userId);
		if (user.isEmpty()) {
			return false;
		}
		NotificationFrequency frequency = user.get().getNotificationFrequency();
		// whoever switched to immediate mail gets what was waiting with the daily digests
		List<PendingNotice> due = this.pending.findByUserIdAndQueuedAtBeforeOrderByQueuedAtAscIdAsc(userId,
				frequency == NotificationFrequency.WEEKLY ? weekly : daily);
		if (due.isEmpty()) {
			return false;
		}
		if (frequency != NotificationFrequency.NONE) {
			try {
				this.mailer.sendDigest(user.get(), due.stream().map(PendingNotice::notice).toList());
			}
			catch (MailDeliveryException ex) {
				log.error("Could not send the digest of account {}; its notices wait for the next run", userId, ex);
				return false;
			}
		}
		this.pending.deleteAll(due);
		return frequency != NotificationFrequency.NONE;
	}

}
