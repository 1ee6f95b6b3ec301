package org.passerelle.dialogues;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dialogues ({@code passerelle.dialogues.*}).
 *
 * @param timeZone the zone in which round dates are entered and shown
 * @param roundsCheckDelay how often the clock is checked for rounds that opened
 */
@ConfigurationProperties("passerelle.dialogues")
public record DialoguesProperties(@DefaultValue("Europe/Paris") ZoneId timeZone,
		@DefaultValue("PT1M") Duration roundsCheckDelay) {
}
