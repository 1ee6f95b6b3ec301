package org.passerelle.practices.internal;

/** The user already sent as many messages through the platform as an hour allows. */
public class ContactLimitException extends RuntimeException {

	public ContactLimitException() {
		super("Contact messages limited to " + ContactQuota.PER_HOUR + " an hour");
	}

	/** How many messages an hour a user may send. */
	public int perHour() {
		return ContactQuota.PER_HOUR;
	}

}
