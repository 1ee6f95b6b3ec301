package org.passerelle.accounts;

/** What a user may do for an organisation they belong to. */
public enum MembershipRole {

	/** Belongs to the organisation; acts in their own name. */
	MEMBER,

	/** Publishes and edits on behalf of the organisation and manages its members. */
	EDITOR

}
