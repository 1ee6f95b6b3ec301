package org.passerelle.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings ({@code passerelle.accounts.*}).
 *
 * @param confirmationValidity how long an address confirmation link works
 * @param resetValidity how long a password reset link works
 * @param maxFailuresPerAddress failed logins for one address within
 * {@code throttleWindow} after which that address is refused for {@code throttleLock}
 * @param maxFailuresPerIp failed logins from one IP address within {@code throttleWindow}
 * after which that IP address is refused for {@code throttleLock}
 * @param throttleWindow the period over which failures are counted
 * @param throttleLock how long further attempts are refused
 */
@ConfigurationProperties("passerelle.accounts")
public record AccountsProperties(@DefaultValue("48h") Duration confirmationValidity,
		@DefaultValue("1h") Duration resetValidity, @DefaultValue("5") int maxFailuresPerAddress,
		@DefaultValue("20") int maxFailuresPerIp, @DefaultValue("15m") Duration throttleWindow,
		@DefaultValue("15m") Duration throttleLock) {
}
