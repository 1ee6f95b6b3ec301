/**
 * Outgoing mail for every module: {@link org.passerelle.kernel.mail.MailService} sends a
 * {@link org.passerelle.kernel.mail.MailMessage}, or renders a module's Thymeleaf mail
 * template in the recipient's language and sends it. With {@code spring.mail.host} set,
 * mail goes out by SMTP; otherwise it is written as {@code .eml} files to the
 * {@link org.passerelle.kernel.mail.MailFolder} under the data folder, which
 * administrators read at {@code /admin/mail}.
 */
package org.passerelle.kernel.mail;
