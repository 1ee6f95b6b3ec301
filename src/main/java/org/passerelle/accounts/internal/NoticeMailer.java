package org.passerelle.accounts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.accounts.Notice;
import org.passerelle.kernel.mail.MailDeliveryException;
import org.passerelle.kernel.mail.MailMessage;
import org.passerelle.kernel.mail.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes notification mail in the recipient's language: one notice at once, or a digest
 * of several. Every message carries an unsubscribe link, in its body and in the
 * {@code List-Unsubscribe} header (with one-click unsubscription, RFC 8058).
 */
@Component
class NoticeMailer {

	private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

	private final MailService mail;

	private final MessageSource messages;

	private final UserAccountRepository users;

	private final UnsubscribeTokens unsubscribe;

	NoticeMailer(MailService mail, MessageSource messages, UserAccountRepository users, UnsubscribeTokens unsubscribe) {
		this.mail = mail;
		this.messages = messages;
		this.users = users;
		this.unsubscribe = unsubscribe;
	}

	/**
	 * Mails a notice once the transaction that gave it has committed (at once when there
	 * was none): a rolled-back change tells nobody anything. A message that cannot be
	 * sent is logged, not retried.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onNoticeDue(NoticeDue event) {
		this.users.findById(event.userId())
			.filter(user -> user.getNotificationFrequency() == NotificationFrequency.IMMEDIATE)
			.ifPresent(user -> {
				try {
					sendNotice(user, event.notice());
				}
				catch (MailDeliveryException ex) {
					log.error("Could not send notice {} to account {}", event.notice().topic(), user.getId(), ex);
				}
			});
	}

	/**
	 * Mails one notice.
	 * @throws MailDeliveryException if it cannot be sent
	 */
	void sendNotice(UserAccount user, Notice notice) {
		NoticeEntry entry = entry(user, notice);
		Map<String, Object> variables = variables(user);
		variables.put("notice", entry);
		MailMessage message = this.mail.render(user.getEmail(), user.getLocale(), "accounts.notifications.mail.subject",
				"accounts/mail/notice", variables, entry.subject());
		this.mail.send(message, headers(user));
	}

	/**
	 * Mails a digest of the notices, oldest first.
	 * @throws MailDeliveryException if it cannot be sent
	 */
	void sendDigest(UserAccount user, List<Notice> notices) {
		Map<String, Object> variables = variables(user);
		variables.put("notices", notices.stream().map(n -> entry(user, n)).toList());
		MailMessage message = this.mail.render(user.getEmail(), user.getLocale(),
				"accounts.notifications.digest.subject", "accounts/mail/digest", variables, notices.size());
		this.mail.send(message, headers(user));
	}

	/** The absolute address of the user's unsubscribe page. */
	String unsubscribeLink(long userId) {
		return this.mail.baseUrl() + "/notifications/unsubscribe/" + this.unsubscribe.issue(userId);
	}

	private Map<String, Object> variables(UserAccount user) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", user.getDisplayName());
		variables.put("unsubscribeLink", unsubscribeLink(user.getId()));
		variables.put("settingsLink", this.mail.baseUrl() + "/account#notifications");
		return variables;
	}

	private Map<String, String> headers(UserAccount user) {
		return Map.of("List-Unsubscribe", "<" + unsubscribeLink(user.getId()) + ">", "List-Unsubscribe-Post",
				"List-Unsubscribe=One-Click", "Auto-Submitted", "auto-generated");
	}

	private NoticeEntry entry(UserAccount user, Notice notice) {
		Object[] args = notice.args().toArray();
		String subject = this.messages.getMessage(notice.subjectKey(), args, notice.subjectKey(), user.getLocale());
		String body = this.messages.getMessage(notice.bodyKey(), args, "", user.getLocale());
		String link = notice.link() == null ? null : this.mail.baseUrl() + notice.link();
		return new NoticeEntry(subject, body, link);
	}

}
