package org.passerelle.accounts.internal;

import java.util.Map;

import org.passerelle.kernel.mail.MailDeliveryException;
import org.passerelle.kernel.mail.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The messages accounts send, in the recipient's language. A message that cannot be sent
 * is logged, not thrown: the user can ask for it again, and a registration must not fail
 * because the mail server is down.
 */
@Component
class AccountMailer {

	private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

	private final MailService mail;

	private final AccountsProperties properties;

	AccountMailer(MailService mail, AccountsProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	void confirmation(UserAccount user, String token) {
		send(user, "accounts.mail.confirm.subject", "accounts/mail/confirm", Map.of("link",
				link("/register/confirm", token), "hours", this.properties.confirmationValidity().toHours()));
	}

	void passwordReset(UserAccount user, String token) {
		send(user, "accounts.mail.reset.subject", "accounts/mail/reset",
				Map.of("link", link("/password/reset", token), "minutes", this.properties.resetValidity().toMinutes()));
	}

	/** Someone tried to register with an address that already has a confirmed account. */
	void alreadyRegistered(UserAccount user) {
		send(user, "accounts.mail.existing.subject", "accounts/mail/existing", Map.of("loginLink",
				this.mail.baseUrl() + "/login", "resetLink", this.mail.baseUrl() + "/password/forgot"));
	}

	private void send(UserAccount user, String subjectKey, String template, Map<String, Object> variables) {
		Map<String, Object> all = new java.util.HashMap<>(variables);
		all.put("name", user.getDisplayName());
		try {
			this.mail.sendTemplate(user.getEmail(), user.getLocale(), subjectKey, template, all);
		}
		catch (MailDeliveryException ex) {
			log.error("Could not send {} to account {}", template, user.getId(), ex);
		}
	}

	private String link(String path, String token) {
		return UriComponentsBuilder.fromUriString(this.mail.baseUrl())
			.path(path)
			.queryParam("token", token)
			.build()
			.toUriString();
	}

}
