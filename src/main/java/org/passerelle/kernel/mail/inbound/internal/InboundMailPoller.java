package org.passerelle.kernel.mail.inbound.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.passerelle.kernel.mail.inbound.InboundMailProperties;

/**
 * Reads the inbound mailbox over IMAP on one node at a time. Each unseen message is
 * measured before anything else (RFC822.SIZE): one that is too large is recorded with its
 * headers only. Others are downloaded, stored raw and examined by the
 * {@link InboundMailDesk}. A message is marked seen (and moved or deleted, if configured)
 * once it is stored; a message that could not even be stored stays unseen and is tried
 * again at the next poll. Nothing one message does stops the others, and an unreachable
 * server only means trying again next time.
 */
@Component
public class InboundMailPoller {

	private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);

	private static final int TIMEOUT_MILLIS = 30_000;

	private final InboundMailProperties properties;

	private final InboundMailDesk desk;

	InboundMailPoller(InboundMailProperties properties, InboundMailDesk desk) {
		this.properties = properties;
		this.desk = desk;
	}

	/**
	 * Reads the mailbox now (when enabled); returns how many new messages were stored.
	 */
	@Scheduled(initialDelayString = "${passerelle.mail.inbound.poll-interval:PT1M}",
			fixedDelayString = "${passerelle.mail.inbound.poll-interval:PT1M}")
	@SchedulerLock(name = "kernel.inbound-mail")
	public void poll() {
		if (!this.properties.enabled()) {
			return;
		}
		try {
			int stored = read();
			if (stored > 0) {
				log.info("Stored {} new inbound message(s)", stored);
			}
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("Could not read the inbound mailbox {}@{}: {}; trying again at the next poll",
					this.properties.username(), this.properties.host(), ex.toString());
		}
	}

	private int read() throws MessagingException {
		String protocol = this.properties.protocol().toLowerCase(Locale.ROOT);
		Session session = Session.getInstance(sessionProperties(protocol));
		int stored = 0;
		try (Store store = session.getStore(protocol)) {
			store.connect(this.properties.host(), this.properties.port() > 0 ? this.properties.port() : -1,
					this.properties.username(), this.properties.password());
			Folder folder = store.getFolder(this.properties.folder());
			folder.open(Folder.READ_WRITE);
			boolean expunge = false;
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				FetchProfile profile = new FetchProfile();
				profile.add(FetchProfile.Item.ENVELOPE);
				profile.add(FetchProfile.Item.SIZE);
				profile.add(UIDFolder.FetchProfileItem.UID);
				folder.fetch(unseen, profile);
				List<Message> done = new ArrayList<>();
				for (Message message : unseen) {
					try {
						if (take((MimeMessage) message)) {
							stored++;
						}
						done.add(message);
					}
					catch (RuntimeException | MessagingException | IOException ex) {
						log.warn("Could not store inbound message {}; it stays unseen for the next poll",
								message.getMessageNumber(), ex);
					}
				}
				expunge = finish(folder, done);
			}
			finally {
				folder.close(expunge);
			}
		}
		return stored;
	}

	/** Stores one message; {@code false} when it was stored before. */
	private boolean take(MimeMessage message) throws MessagingException, IOException {
		String headers = safely(() -> MailReader.headerBlock(message.getAllHeaderLines()), "");
		String messageId = safely(message::getMessageID, null);
		if (messageId == null || messageId.isBlank()) {
			messageId = "<" + sha256(headers) + "@no-message-id.invalid>";
		}
		messageId = messageId.strip();
		if (this.desk.known(messageId)) {
			return false;
		}
		long size = message.getSize();
		Address[] fromHeader = safely(message::getFrom, null);
		Address[] recipients = safely(message::getAllRecipients, null);
		Envelope envelope = new Envelope(messageId, MailReader.firstAddress(fromHeader), addresses(recipients),
				safely(message::getSubject, safely(() -> message.getHeader("Subject", null), null)),
				safely(() -> message.getReceivedDate().toInstant(), Instant.now()), Math.max(size, 0), headers);
		if (size > this.properties.maxSize().toBytes()) {
			this.desk.recordTooLarge(envelope);
			return true;
		}
		ByteArrayOutputStream raw = new ByteArrayOutputStream(
				Math.max(size, 1024) > Integer.MAX_VALUE ? 1024 : (int) Math.max(size, 1024));
		message.writeTo(raw);
		byte[] bytes = raw.toByteArray();
		long id = this.desk
			.record(new Envelope(envelope.messageId(), envelope.from(), envelope.to(), envelope.subject(),
					envelope.receivedAt(), bytes.length, headers.isEmpty() ? MailReader.headerBlock(bytes) : headers),
					bytes);
		this.desk.examine(id);
		return true;
	}

	/** Marks the messages seen, then moves or deletes them if configured. */
	private boolean finish(Folder folder, List<Message> done) {
		if (done.isEmpty()) {
			return false;
		}
		Message[] messages = done.toArray(Message[]::new);
		try {
			folder.setFlags(messages, new Flags(Flags.Flag.SEEN), true);
			switch (this.properties.afterProcessing().toLowerCase(Locale.ROOT)) {
				case "delete" -> {
					folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
					return true;
				}
				case "move" -> {
					Folder target = folder.getStore().getFolder(this.properties.moveTo());
					if (!target.exists()) {
						target.create(Folder.HOLDS_MESSAGES);
					}
					folder.copyMessages(messages, target);
					folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
					return true;
				}
				default -> {
					return false;
				}
			}
		}
		catch (MessagingException ex) {
			log.warn("Could not mark processed inbound messages on the server: {}", ex.toString());
			return false;
		}
	}

	private Properties sessionProperties(String protocol) {
		Properties session = new Properties();
		String prefix = "mail." + protocol + ".";
		session.setProperty(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
		session.setProperty(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
		session.setProperty(prefix + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
		// downloading must not mark a message seen: that happens once it is stored
		session.setProperty(prefix + "peek", "true");
		return session;
	}

	private static String addresses(Address[] addresses) {
		if (addresses == null) {
			return null;
		}
		List<String> all = new ArrayList<>();
		for (Address address : addresses) {
			all.add(address.toString());
		}
		return String.join(", ", all);
	}

	private static <T> T safely(Callable<T> reading, T fallback) {
		try {
			T value = reading.call();
			return value == null ? fallback : value;
		}
		catch (Exception ex) {
			return fallback;
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
