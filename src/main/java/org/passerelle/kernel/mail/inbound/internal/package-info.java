/**
 * The inbound mailbox's machinery: the stored messages, the IMAP poller, the examination
 * of each message and its delivery, the signed confirmation links.
 */
package org.passerelle.kernel.mail.inbound.internal;
