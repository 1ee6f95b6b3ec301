package org.passerelle.kernel.mail;

/** A message could not be handed to the SMTP server or written to the mail folder. */
public class MailDeliveryException extends RuntimeException {

	public MailDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
