package org.passerelle.kernel.mail;

import java.time.Instant;

/**
 * A message written to the mail folder, as listed on the administrators' mail page.
 *
 * @param id the file name, e.g. {@code 20250301T101502.123456Z-1a2b3c4d.eml}
 * @param date when the message was written
 * @param to the recipients, comma-separated
 * @param subject the decoded subject line
 */
public record MailFile(String id, Instant date, String to, String subject) {
}
