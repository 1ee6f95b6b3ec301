package org.passerelle.kernel.mail.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.kernel.mail.inbound.InboundMailProperties;
import org.passerelle.kernel.mail.inbound.InboundMailStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets, once a day, the raw bytes, headers and unstripped text of inbound messages
 * that were delivered or rejected longer ago than
 * {@link InboundMailProperties#rawRetention()}: they were kept so that moderators could
 * check what arrived, and a decided message no longer needs them. What was delivered
 * lives on with the module that took it, and the record of the message (sender, subject,
 * status, reason, stripped text) stays. Held and unread messages keep everything.
 */
@Component
class InboundMailRetention {

	private static final Logger log = LoggerFactory.getLogger(InboundMailRetention.class);

	private final JdbcTemplate jdbc;

	private final InboundMailProperties properties;

	private final Clock clock;

	@Autowired
	InboundMailRetention(JdbcTemplate jdbc, InboundMailProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	InboundMailRetention(JdbcTemplate jdbc, InboundMailProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many messages lost their raw content
	 */
	@Scheduled(cron = "${passerelle.mail.inbound.retention-cron:0 17 3 * * *}")
	@SchedulerLock(name = "kernel.inbound-mail-retention")
	@Transactional
	public int forgetOldRawMail() {
		Instant before = this.clock.instant().minus(this.properties.rawRetention());
		int forgotten = this.jdbc.update(
				"UPDATE inbound_mail SET raw = NULL, headers = NULL, original_text = NULL"
						+ " WHERE status IN (?, ?, ?) AND recorded_at < ?"
						+ " AND (raw IS NOT NULL OR headers IS NOT NULL OR original_text IS NOT NULL)",
				InboundMailStatus.DELIVERED.name(), InboundMailStatus.CONFIRMED.name(),
				InboundMailStatus.REJECTED.name(), Timestamp.from(before));
		if (forgotten > 0) {
			log.info("Forgot the raw content of {} inbound message(s) decided before {}", forgotten, before);
		}
		return forgotten;
	}

}
