package org.passerelle.kernel.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail settings ({@code passerelle.mail.*}). Whether mail goes out by SMTP is
 * decided by Spring's own {@code spring.mail.host}: when it is not set, messages are
 * written as {@code .eml} files under {@code <passerelle.data-dir>/mail/}.
 *
 * @param from the sender shown to recipients ({@code PASSERELLE_MAIL_FROM})
 */
@ConfigurationProperties("passerelle.mail")
public record MailProperties(@DefaultValue("Passerelle <no-reply@passerelle.local>") String from) {
}
