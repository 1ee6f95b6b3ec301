package org.passerelle.kernel.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * A message to one recipient: a plain-text body always, an HTML alternative when wanted.
 *
 * @param to the recipient's address
 * @param subject the subject line, already in the recipient's language
 * @param text the plain-text body
 * @param html an HTML alternative of the same content, or {@code null}
 * @param locale the language the message is written in (sent as {@code Content-Language})
 * @param replyTo where answers should go instead of the platform's sender address, or
 * {@code null}
 */
public record MailMessage(String to, String subject, String text, String html, Locale locale, String replyTo) {

	public MailMessage {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		locale = locale == null ? Locale.FRENCH : locale;
	}

	/** A message without a reply-to address. */
	public MailMessage(String to, String subject, String text, String html, Locale locale) {
		this(to, subject, text, html, locale, null);
	}

	/** The same message, with answers going to the given address. */
	public MailMessage withReplyTo(String address) {
		return new MailMessage(this.to, this.subject, this.text, this.html, this.locale, address);
	}

	/** A plain-text message. */
	public static MailMessage text(String to, String subject, String text, Locale locale) {
		return new MailMessage(to, subject, text, null, locale);
	}

}
