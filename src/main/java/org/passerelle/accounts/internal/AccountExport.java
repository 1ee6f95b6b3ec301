package org.passerelle.accounts.internal;

import java.time.Instant;
import java.util.List;

/**
 * Everything the platform stores about a user, as they download it.
 *
 * @param exportedAt when the export was made
 * @param profile the account itself
 * @param roles platform roles
 * @param memberships the organisations the user belongs to
 * @param accessTokens the user's API tokens (never their values, which are not stored)
 * @param notifications how often the user is notified, and the notices waiting for a
 * digest
 */
public record AccountExport(Instant exportedAt, Profile profile, List<String> roles, List<MembershipEntry> memberships,
		List<TokenEntry> accessTokens, NotificationsEntry notifications) {

	/**
	 * @param id the account's id
	 * @param email the sign-in address
	 * @param displayName the public name
	 * @param language the preferred language
	 * @param emailConfirmed whether the address was confirmed
	 * @param enabled whether the account may sign in
	 * @param createdAt when the account was opened
	 * @param lastLoginAt the last sign-in
	 * @param openIdIssuer the OpenID Connect provider linked to the account, if any
	 * @param openIdSubject the user's id at that provider
	 */
	public record Profile(long id, String email, String displayName, String language, boolean emailConfirmed,
			boolean enabled, Instant createdAt, Instant lastLoginAt, String openIdIssuer, String openIdSubject) {
	}

	/**
	 * @param organisationId the organisation's id
	 * @param role member or editor
	 * @param since when the membership started
	 */
	public record MembershipEntry(long organisationId, String role, Instant since) {
	}

	/**
	 * @param name the name the user gave the token
	 * @param hint the token's first characters
	 * @param createdAt when it was created
	 * @param expiresAt when it stops working, if ever
	 * @param lastUsedAt when it was last used
	 */
	public record TokenEntry(String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
	}

	/**
	 * @param frequency IMMEDIATE, DAILY, WEEKLY or NONE
	 * @param pending the notices waiting for the next digest, oldest first
	 */
	public record NotificationsEntry(String frequency, List<PendingNoticeEntry> pending) {
	}

	/**
	 * @param topic what kind of news it is
	 * @param subject the notice's summary, in the user's language
	 * @param link the page it points to, if any
	 * @param queuedAt when it was given
	 */
	public record PendingNoticeEntry(String topic, String subject, String link, Instant queuedAt) {
	}

}
