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
 */
public record MailMessage(String to, String subject, String text, String html, Locale locale) {

	public MailMessage {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		locale = locale == null ? Locale.FRENCH : locale;
	}

	/** A plain-text message. */
	public static MailMessage text(String to, String subject, String text, Locale locale) {
		return new MailMessage(to, subject, text, null, locale);
	}

}
