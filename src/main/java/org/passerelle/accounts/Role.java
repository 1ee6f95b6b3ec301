package org.passerelle.accounts;

/**
 * Platform-wide roles. Editing for an organisation is a {@link MembershipRole}, not a
 * role.
 */
public enum Role {

	/** An officer of an organisation: proposes content, contributes to dialogues. */
	MEMBER,

	/** Approves or rejects contributions and submissions, writes syntheses. */
	MODERATOR,

	/** Operates the platform: taxonomies, users, imports, configuration. */
	ADMINISTRATOR;

	/** The Spring Security authority of the role, e.g. {@code ROLE_MODERATOR}. */
	public String authority() {
		return "ROLE_" + (this == ADMINISTRATOR ? "ADMIN" : name());
	}

}
