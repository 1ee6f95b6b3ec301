package org.passerelle.dialogues.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The time rounds are measured against: the application's {@link Clock} bean when there
 * is one (tests set a fixed one), the system clock in UTC otherwise.
 */
@Component
public class DialogueClock {

	private final Clock clock;

	@Autowired
	DialogueClock(ObjectProvider<Clock> clock) {
		this(clock.getIfAvailable(Clock::systemUTC));
	}

	public DialogueClock(Clock clock) {
		this.clock = clock;
	}

	/** The current instant. */
	public Instant now() {
		return this.clock.instant();
	}

}
