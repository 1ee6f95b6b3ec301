package org.passerelle.accounts;

/**
 * A user as shown on an organisation's page: no e-mail address, only what the user chose
 * to make public.
 *
 * @param userId the account's id
 * @param displayName the name the user chose
 * @param role member or editor of the organisation
 */
public record MemberView(long userId, String displayName, MembershipRole role) {
}
