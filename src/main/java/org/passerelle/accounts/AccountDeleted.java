package org.passerelle.accounts;

/**
 * A user deleted their account (or an administrator did). Modules that keep the user's id
 * on their records listen to it to anonymise them.
 *
 * @param userId the id of the account that no longer exists
 */
public record AccountDeleted(long userId) {
}
