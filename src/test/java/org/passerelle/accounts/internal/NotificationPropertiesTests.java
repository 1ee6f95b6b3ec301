package org.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class NotificationPropertiesTests {

	// digests at 7:00 in Paris, weekly ones on Mondays
	final NotificationProperties properties = new NotificationProperties(7, DayOfWeek.MONDAY,
			ZoneId.of("Europe/Paris"));

	@Test
	void dailyDigestIsDueAtTheHourOfTheDayOrOfTheDayBefore() {
		// Wednesday 5 March 2025, 8:30 in Paris (UTC+1)
		assertThat(this.properties.lastDailyDigest(Instant.parse("2025-03-05T07:30:00Z")))
			.isEqualTo(Instant.parse("2025-03-05T06:00:00Z"));
		// 6:30 in Paris: still yesterday's
		assertThat(this.properties.lastDailyDigest(Instant.parse("2025-03-05T05:30:00Z")))
			.isEqualTo(Instant.parse("2025-03-04T06:00:00Z"));
	}

	@Test
	void weeklyDigestIsDueOnTheLatestMondayAtTheHour() {
		assertThat(this.properties.lastWeeklyDigest(Instant.parse("2025-03-05T07:30:00Z")))
			.isEqualTo(Instant.parse("2025-03-03T06:00:00Z"));
		// Monday 10 March, 6:30 in Paris: the week before's
		assertThat(this.properties.lastWeeklyDigest(Instant.parse("2025-03-10T05:30:00Z")))
			.isEqualTo(Instant.parse("2025-03-03T06:00:00Z"));
		assertThat(this.properties.lastWeeklyDigest(Instant.parse("2025-03-10T06:00:00Z")))
			.isEqualTo(Instant.parse("2025-03-10T06:00:00Z"));
	}

}
