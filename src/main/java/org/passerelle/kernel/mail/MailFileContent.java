package org.passerelle.kernel.mail;

/**
 * A message of the mail folder with its bodies.
 *
 * @param file name, date, recipients and subject
 * @param from the sender
 * @param text the plain-text body, or an empty string
 * @param html the HTML alternative, or {@code null}
 * @param source the whole RFC 822 source
 */
public record MailFileContent(MailFile file, String from, String text, String html, String source) {
}
