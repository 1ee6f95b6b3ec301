package org.passerelle.accounts;

import java.util.Locale;
import java.util.Set;

/**
 * The signed-in user as the other modules see them.
 *
 * @param id the account's id
 * @param displayName the name the user chose
 * @param email the user's address (for mail only; never shown to others)
 * @param roles platform roles
 * @param editorOf ids of the organisations the user is an editor for
 * @param memberOf ids of all the organisations the user belongs to
 * @param locale the user's preferred interface language
 */
public record CurrentUser(long id, String displayName, String email, Set<Role> roles, Set<Long> editorOf,
		Set<Long> memberOf, Locale locale) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdministrator() {
		return has(Role.ADMINISTRATOR);
	}

	/** Administrators and the organisation's editors may edit for it. */
	public boolean canEditFor(long organisationId) {
		return isAdministrator() || this.editorOf.contains(organisationId);
	}

}
