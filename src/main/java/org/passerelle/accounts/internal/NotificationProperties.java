package org.passerelle.accounts.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When digests go out ({@code passerelle.accounts.notifications.*}).
 *
 * @param digestHour the hour (0–23) at which daily and weekly digests are sent
 * @param digestDay the day of the week on which weekly digests are sent
 * @param zone the time zone of that hour and day
 */
@ConfigurationProperties("passerelle.accounts.notifications")
public record NotificationProperties(@DefaultValue("7") int digestHour, @DefaultValue("MONDAY") DayOfWeek digestDay,
		@DefaultValue("UTC") ZoneId zone) {

	public NotificationProperties {
		if (digestHour < 0 || digestHour > 23) {
			throw new IllegalArgumentException("passerelle.accounts.notifications.digest-hour is 0 to 23");
		}
	}

	/** The latest time daily digests were due, at or before {@code now}. */
	public Instant lastDailyDigest(Instant now) {
		ZonedDateTime local = now.atZone(this.zone);
		ZonedDateTime due = local.toLocalDate().atTime(this.digestHour, 0).atZone(this.zone);
		return (due.isAfter(local) ? due.minusDays(1) : due).toInstant();
	}

	/** The latest time weekly digests were due, at or before {@code now}. */
	public Instant lastWeeklyDigest(Instant now) {
		ZonedDateTime local = now.atZone(this.zone);
		ZonedDateTime due = local.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(this.digestDay))
			.atTime(this.digestHour, 0)
			.atZone(this.zone);
		return (due.isAfter(local) ? due.minusWeeks(1) : due).toInstant();
	}

}
