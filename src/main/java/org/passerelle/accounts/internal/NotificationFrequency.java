package org.passerelle.accounts.internal;

/** How often a user wants to hear about what concerns them. */
public enum NotificationFrequency {

	/** One mail per notice, at once. */
	IMMEDIATE,

	/** One digest a day of the day's notices. */
	DAILY,

	/** One digest a week. */
	WEEKLY,

	/** No notification mail at all. */
	NONE

}
