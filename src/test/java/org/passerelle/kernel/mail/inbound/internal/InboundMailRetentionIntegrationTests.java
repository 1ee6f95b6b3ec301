package org.passerelle.kernel.mail.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.mail.inbound.InboundMailProperties;
import org.passerelle.kernel.mail.inbound.InboundMailStatus;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PasserelleIntegrationTest
class InboundMailRetentionIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InboundMailProperties properties;

	@Test
	void forgetsTheRawMailOfDecidedMessagesOnlyAfterTheRetentionPeriod() {
		Duration retention = this.properties.rawRetention();
		long oldDelivered = message(InboundMailStatus.DELIVERED, NOW.minus(retention).minusSeconds(60));
		long oldRejected = message(InboundMailStatus.REJECTED, NOW.minus(retention).minusSeconds(60));
		long oldHeld = message(InboundMailStatus.HELD, NOW.minus(retention).minusSeconds(60));
		long recentDelivered = message(InboundMailStatus.DELIVERED, NOW.minus(retention).plusSeconds(60));

		new InboundMailRetention(this.jdbc, this.properties, Clock.fixed(NOW, ZoneOffset.UTC)).forgetOldRawMail();

		assertThat(hasRaw(oldDelivered)).isFalse();
		assertThat(hasRaw(oldRejected)).isFalse();
		// a held message still waits for a moderator or its sender
		assertThat(hasRaw(oldHeld)).isTrue();
		assertThat(hasRaw(recentDelivered)).isTrue();
		// the record itself stays, with what became of it
		assertThat(this.jdbc.queryForObject("SELECT stripped_text FROM inbound_mail WHERE id = ?", String.class,
				oldDelivered))
			.isEqualTo("Bonjour");
	}

	private long message(InboundMailStatus status, Instant recordedAt) {
		String messageId = "<" + UUID.randomUUID() + "@example.org>";
		this.jdbc.update(
				"INSERT INTO inbound_mail (message_id, from_address, received_at, recorded_at, size_bytes,"
						+ " status, headers, raw, original_text, stripped_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				messageId, "someone@example.org", Timestamp.from(recordedAt), Timestamp.from(recordedAt), 7L,
				status.name(), "Subject: x", "Bonjour".getBytes(), "Bonjour\n> quoted", "Bonjour");
		return this.jdbc.queryForObject("SELECT id FROM inbound_mail WHERE message_id = ?", Long.class, messageId);
	}

	private boolean hasRaw(long id) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM inbound_mail WHERE id = ? AND raw IS NOT NULL AND original_text IS NOT NULL",
				Integer.class, id) == 1;
	}

}
