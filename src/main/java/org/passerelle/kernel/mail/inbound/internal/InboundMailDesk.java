package org.passerelle.kernel.mail.inbound.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.NotFoundException;
import org.passerelle.kernel.history.ActingUser;
import org.passerelle.kernel.mail.inbound.InboundMail;
import org.passerelle.kernel.mail.inbound.InboundMailDetails;
import org.passerelle.kernel.mail.inbound.InboundMailHandler;
import org.passerelle.kernel.mail.inbound.InboundMailOutcome;
import org.passerelle.kernel.mail.inbound.InboundMailProperties;
import org.passerelle.kernel.mail.inbound.InboundMailStatus;
import org.passerelle.kernel.mail.inbound.InboundMailSummary;
import org.passerelle.kernel.mail.inbound.InboundMailbox;
import org.passerelle.kernel.mail.inbound.MailSenders;
import org.passerelle.kernel.mail.inbound.ReplyText;

/**
 * What happens to a message once read from the mailbox: it is stored first, whatever it
 * is; then examined (malformed, automatic, addressed to nobody, spoofed, from an unknown
 * sender) and, when all is well, handed to its handler. Each step commits on its own, so
 * that a failure later on never loses the raw message; mail to the sender goes out after
 * the commit.
 */
@Service
public class InboundMailDesk implements InboundMailbox {

	static final String UNKNOWN_SENDER = "unknown sender, waiting for confirmation";

	static final String NOT_AUTHENTICATED = "sender not authenticated";

	static final String NO_SUCH_ADDRESS = "no such address";

	private static final Logger log = LoggerFactory.getLogger(InboundMailDesk.class);

	private final InboundMessageRepository messages;

	private final InboundMailProperties properties;

	private final ObjectProvider<InboundMailHandler> handlers;

	private final ObjectProvider<MailSenders> senders;

	private final ObjectProvider<ActingUser> actingUser;

	private final ConfirmationLinks links;

	private final InboundReplies replies;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Autowired
	InboundMailDesk(InboundMessageRepository messages, InboundMailProperties properties,
			ObjectProvider<InboundMailHandler> handlers, ObjectProvider<MailSenders> senders,
			ObjectProvider<ActingUser> actingUser, ConfirmationLinks links, InboundReplies replies,
			PlatformTransactionManager transactions) {
		this(messages, properties, handlers, senders, actingUser, links, replies, transactions, Clock.systemUTC());
	}

	InboundMailDesk(InboundMessageRepository messages, InboundMailProperties properties,
			ObjectProvider<InboundMailHandler> handlers, ObjectProvider<MailSenders> senders,
			ObjectProvider<ActingUser> actingUser, ConfirmationLinks links, InboundReplies replies,
			PlatformTransactionManager transactions, Clock clock) {
		this.messages = messages;
		this.properties = properties;
		this.handlers = handlers;
		this.senders = senders;
		this.actingUser = actingUser;
		this.links = links;
		this.replies = replies;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Whether a message with this Message-ID was stored already. */
	boolean known(String messageId) {
		return this.messages.existsByMessageId(messageId);
	}

	/** Stores a message too large to download: its headers and the reason only. */
	long recordTooLarge(Envelope envelope) {
		return this.transaction.execute(status -> {
			InboundMessage message = envelope.toMessage(null);
			message.reject("too large (" + megabytes(envelope.size()) + " > " + megabytes(maxSize()) + ")");
			return this.messages.save(message).getId();
		});
	}

	/** Stores a message with its raw bytes, to be examined next. */
	long record(Envelope envelope, byte[] raw) {
		return this.transaction.execute(status -> this.messages.save(envelope.toMessage(raw)).getId());
	}

	/**
	 * Examines a stored message and delivers, holds or rejects it. Never throws: a
	 * failure leaves the message held with the reason, for a moderator.
	 */
	void examine(long id) {
		Reply reply;
		try {
			reply = this.transaction.execute(status -> examineNow(id));
		}
		catch (RuntimeException ex) {
			log.warn("Inbound mail {} could not be delivered", id, ex);
			this.transaction.executeWithoutResult(
					status -> this.messages.findById(id).ifPresent(m -> m.hold("delivery failed: " + describe(ex))));
			return;
		}
		this.replies.send(reply);
	}

	private Reply examineNow(long id) {
		InboundMessage message = this.messages.findById(id).orElseThrow();
		MailReader.ReadMail read;
		try {
			read = MailReader.read(message.getRaw());
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			message.reject("malformed message: " + describe(ex));
			return Reply.NONE;
		}
		try {
			return examineRead(message, read);
		}
		catch (MessagingException ex) {
			message.reject("malformed message: " + describe(ex));
			return Reply.NONE;
		}
	}

	private Reply examineRead(InboundMessage message, MailReader.ReadMail read) throws MessagingException {
		String from = MailReader.firstAddress(read.message().getFrom());
		String ourLocal = this.properties.localPart().toLowerCase(Locale.ROOT);
		String ourDomain = this.properties.domain().toLowerCase(Locale.ROOT);
		String automatic = MailReader.automaticReason(read.message(), from, ourLocal, ourDomain);
		String tag = tag(MailReader.recipients(read.message()), ourLocal, ourDomain);
		message.examined(from, tag, read.text(), ReplyText.strip(read.text()), automatic != null);
		Locale language = language(MailReader.language(read.message()));
		if (automatic != null) {
			message.reject(automatic);
			return Reply.NONE;
		}
		if (from == null) {
			message.reject("no sender address");
			return Reply.NONE;
		}
		if (tag == null || handlerFor(tag).isEmpty()) {
			message.reject(tag == null ? NO_SUCH_ADDRESS
					: NO_SUCH_ADDRESS + " (" + ourLocal + "+" + tag + "@" + ourDomain + ")");
			return Reply.NONE;
		}
		String failure = MailReader.authenticationFailure(read.message(), from.substring(from.indexOf('@') + 1));
		if (failure != null) {
			message.hold(NOT_AUTHENTICATED + " (" + failure + ")");
			return Reply.NONE;
		}
		Optional<Long> user = senderAccount(from);
		if (user.isEmpty()) {
			Instant expires = this.clock.instant().plus(this.properties.confirmationValidity());
			String token = this.links.issue(message.getId(), expires);
			message.hold(UNKNOWN_SENDER);
			message.awaitConfirmation(ConfirmationLinks.hash(token), expires);
			return Reply.confirmation(message, language, token, expires);
		}
		return deliver(message, InboundMailStatus.DELIVERED, user.get(), language);
	}

	/** Hands the message to its handler; the caller's transaction commits the outcome. */
	private Reply deliver(InboundMessage message, InboundMailStatus status, Long userId, Locale language) {
		InboundMailHandler handler = handlerFor(message.getHandlerTag())
			.orElseThrow(() -> new ConflictException("No handler for " + message.getHandlerTag() + " any more"));
		String key = key(message.getHandlerTag());
		InboundMail mail = new InboundMail(message.getId(), message.getFromAddress(), userId, key,
				message.getSubject() == null ? "" : message.getSubject(), nullToEmpty(message.getStrippedText()),
				nullToEmpty(message.getOriginalText()), message.getReceivedAt());
		InboundMailOutcome outcome = handler.receive(mail);
		if (outcome == null || !outcome.accepted()) {
			String reason = outcome == null ? "no answer from the handler" : outcome.message();
			message.reject("refused: " + reason);
			return Reply.refusal(message, language, reason);
		}
		message.deliver(status, userId);
		return Reply.acknowledgement(message, language, outcome.message());
	}

	@Override
	public Page<InboundMailSummary> list(InboundMailStatus status, Pageable pageable) {
		return this.messages.summaries(status, pageable);
	}

	@Override
	public Optional<InboundMailDetails> find(long id) {
		return this.transaction.execute(status -> this.messages.findById(id).map(InboundMailDesk::details));
	}

	@Override
	public Optional<byte[]> raw(long id) {
		return this.transaction.execute(status -> this.messages.findById(id).map(InboundMessage::getRaw));
	}

	@Override
	public InboundMailSummary deliverAnyway(long id) {
		Long moderator = moderator();
		Decided<InboundMailSummary> result = this.transaction.execute(status -> {
			InboundMessage message = load(id);
			if (message.getStatus() != InboundMailStatus.HELD) {
				throw new ConflictException("Inbound mail " + id + " is not held");
			}
			message.decidedBy(moderator);
			Long userId = message.getFromAddress() == null ? null
					: senderAccount(message.getFromAddress()).orElse(null);
			Reply reply = deliver(message, InboundMailStatus.DELIVERED, userId, language(languageOf(message)));
			return new Decided<>(summary(message), reply);
		});
		this.replies.send(result.reply());
		return result.value();
	}

	@Override
	public InboundMailSummary reject(long id, String reason) {
		Long moderator = moderator();
		return this.transaction.execute(status -> {
			InboundMessage message = load(id);
			if (message.getStatus() == InboundMailStatus.DELIVERED
					|| message.getStatus() == InboundMailStatus.CONFIRMED) {
				throw new ConflictException("Inbound mail " + id + " was delivered already");
			}
			message.reject(reason == null || reason.isBlank() ? "rejected by a moderator" : reason.strip());
			message.awaitConfirmation(null, null);
			message.decidedBy(moderator);
			return summary(message);
		});
	}

	@Override
	public boolean awaitsConfirmation(String token) {
		Instant now = this.clock.instant();
		OptionalLong id = this.links.verify(token, now);
		return id.isPresent()
				&& Boolean.TRUE.equals(this.transaction.execute(status -> this.messages.findById(id.getAsLong())
					.filter(m -> m.getStatus() == InboundMailStatus.HELD)
					.filter(m -> ConfirmationLinks.hash(token).equals(m.getConfirmationHash()))
					.filter(m -> m.getConfirmationExpiresAt() != null && m.getConfirmationExpiresAt().isAfter(now))
					.isPresent()));
	}

	@Override
	public Confirmation confirm(String token) {
		Instant now = this.clock.instant();
		OptionalLong id = this.links.verify(token, now);
		if (id.isEmpty()) {
			return Confirmation.INVALID;
		}
		Decided<Confirmation> result;
		try {
			result = this.transaction.execute(status -> {
				Optional<InboundMessage> found = this.messages.findById(id.getAsLong())
					.filter(m -> m.getStatus() == InboundMailStatus.HELD)
					.filter(m -> ConfirmationLinks.hash(token).equals(m.getConfirmationHash()))
					.filter(m -> m.getConfirmationExpiresAt() != null && m.getConfirmationExpiresAt().isAfter(now));
				if (found.isEmpty()) {
					return new Decided<>(Confirmation.INVALID, Reply.NONE);
				}
				InboundMessage message = found.get();
				Reply reply = deliver(message, InboundMailStatus.CONFIRMED, null, language(languageOf(message)));
				Confirmation outcome = message.getStatus() == InboundMailStatus.CONFIRMED ? Confirmation.DELIVERED
						: Confirmation.REFUSED;
				return new Decided<>(outcome, reply);
			});
		}
		catch (RuntimeException ex) {
			log.warn("Confirmed inbound mail {} could not be delivered", id.getAsLong(), ex);
			this.transaction.executeWithoutResult(status -> this.messages.findById(id.getAsLong())
				.ifPresent(m -> m.hold("delivery failed after confirmation: " + describe(ex))));
			return Confirmation.INVALID;
		}
		this.replies.send(result.reply());
		return result.value();
	}

	private InboundMessage load(long id) {
		return this.messages.findById(id).orElseThrow(() -> new NotFoundException("inbound mail", id));
	}

	private Long moderator() {
		ActingUser acting = this.actingUser.getIfAvailable();
		return acting == null ? null : acting.currentUserId().orElse(null);
	}

	private Optional<Long> senderAccount(String address) {
		MailSenders source = this.senders.getIfAvailable();
		return source == null ? Optional.empty() : source.userIdFor(address);
	}

	private Optional<InboundMailHandler> handlerFor(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		String prefix = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
		Map<String, InboundMailHandler> byPrefix = this.handlers.orderedStream()
			.collect(Collectors.toMap(h -> h.prefix().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		return Optional.ofNullable(byPrefix.get(prefix));
	}

	private static String key(String tag) {
		return tag.contains("-") ? tag.substring(tag.indexOf('-') + 1) : "";
	}

	/** The plus tag of the first recipient that is our mailbox, or {@code null}. */
	static String tag(List<String> recipients, String ourLocal, String ourDomain) {
		for (String recipient : recipients) {
			if (MailReader.isOurs(recipient, ourLocal, ourDomain)) {
				String local = recipient.substring(0, recipient.lastIndexOf('@'));
				if (local.length() > ourLocal.length() + 1) {
					return local.substring(ourLocal.length() + 1);
				}
			}
		}
		return null;
	}

	private String languageOf(InboundMessage message) {
		if (message.getRaw() == null) {
			return null;
		}
		try {
			return MailReader.language(MailReader.read(message.getRaw()).message());
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			return null;
		}
	}

	private static Locale language(String tag) {
		return tag != null && List.of("fr", "en", "es", "pt", "ar").contains(tag) ? Locale.forLanguageTag(tag)
				: Locale.FRENCH;
	}

	private long maxSize() {
		return this.properties.maxSize().toBytes();
	}

	/** A size in megabytes with one decimal, e.g. {@code 31.2 MB}. */
	static String megabytes(long bytes) {
		double value = bytes / (1024.0 * 1024.0);
		return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f MB" : "%.1f MB", value);
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	static InboundMailSummary summary(InboundMessage m) {
		return new InboundMailSummary(m.getId(), m.getReceivedAt(), m.getFromAddress(), m.getToAddress(),
				m.getSubject(), m.getStatus(), m.getReason(), m.getHandlerTag(), m.getSizeBytes(), m.getSenderUserId());
	}

	private static InboundMailDetails details(InboundMessage m) {
		return new InboundMailDetails(summary(m), m.getStrippedText(), m.getOriginalText(), m.getHeaders(),
				m.getRaw() != null, m.isAutomatic(), m.getDecidedBy(), m.getDecidedAt());
	}

	/** What a decision returns, with the mail to send once it is committed. */
	private record Decided<T>(T value, Reply reply) {
	}

}
