package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.passerelle.dialogues.RoundOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the clock for rounds that have opened: each is marked as announced and
 * {@link RoundOpened} published, once, on one node only. A round that opened while the
 * platform was stopped is announced when it starts again.
 */
@Component
public class RoundAnnouncer {

	private final RoundRepository rounds;

	private final ApplicationEventPublisher events;

	private final DialogueClock clock;

	private final TransactionTemplate transaction;

	RoundAnnouncer(RoundRepository rounds, ApplicationEventPublisher events, DialogueClock clock,
			PlatformTransactionManager transactions) {
		this.rounds = rounds;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${passerelle.dialogues.rounds-check-delay:PT1M}",
			fixedDelayString = "${passerelle.dialogues.rounds-check-delay:PT1M}")
	@SchedulerLock(name = "dialogues.rounds", lockAtMostFor = "PT5M")
	void scheduled() {
		announceOpenedRounds();
	}

	/**
	 * Announces the rounds opened by now and not announced yet.
	 * @return what was announced
	 */
	public List<RoundOpened> announceOpenedRounds() {
		Instant now = this.clock.now();
		return this.transaction.execute(status -> {
			List<RoundOpened> announced = new ArrayList<>();
			for (Round round : this.rounds.toAnnounce(now)) {
				round.announce(now);
				RoundOpened event = new RoundOpened(round.getDialogue().getId(), round.getNumber());
				this.events.publishEvent(event);
				announced.add(event);
			}
			return announced;
		});
	}

}
