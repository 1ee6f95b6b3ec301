/**
 * Inbound e-mail for every module: a poller reads one IMAP mailbox, stores every raw
 * message, rejects malformed, oversized and automatic mail, holds unauthenticated or
 * unknown senders, strips quoted replies and signatures ({@link ReplyText}) and hands the
 * rest to the {@link org.passerelle.kernel.mail.inbound.InboundMailHandler} whose prefix
 * the plus-address names ({@code participate+dialogue-water@example.org} goes to the
 * handler of prefix {@code dialogue}). Senders are mapped to accounts through
 * {@link org.passerelle.kernel.mail.inbound.MailSenders}, which the accounts module
 * provides. Moderators see every message, with its status and reason, at
 * {@code /admin/inbound-mail}.
 */
package org.passerelle.kernel.mail.inbound;
