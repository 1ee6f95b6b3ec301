package org.passerelle.practices.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.mail.MailMessage;
import org.passerelle.kernel.mail.MailService;
import org.passerelle.practices.PracticeNotFoundException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relays a signed-in user's message about a practice to the editors of its lead
 * organisation, by mail in each editor's language. The editors' addresses are never shown
 * to the sender; the sender's address is given (as Reply-To) only if they agree,
 * otherwise the message tells the editors to answer through the platform. The message
 * names the sender and links to their organisations; the sender gets a copy.
 */
@Service
@Transactional(readOnly = true)
public class PracticeContact {

	/** Longest subject, in characters. */
	public static final int SUBJECT_MAX = 150;

	/** Longest message, in characters. */
	public static final int MESSAGE_MAX = 5000;

	private final PracticeRepository practices;

	private final PracticePermissions permissions;

	private final Accounts accounts;

	private final OrganisationDirectory organisations;

	private final MailService mail;

	private final ContactQuota quota;

	PracticeContact(PracticeRepository practices, PracticePermissions permissions, Accounts accounts,
			OrganisationDirectory organisations, MailService mail, ContactQuota quota) {
		this.practices = practices;
		this.permissions = permissions;
		this.accounts = accounts;
		this.organisations = organisations;
		this.mail = mail;
		this.quota = quota;
	}

	/**
	 * Whom a message about the practice would reach.
	 * @throws PracticeNotFoundException if there is no such practice or the user may not
	 * read it
	 */
	public ContactTarget target(long practiceId) {
		Practice practice = readable(practiceId);
		Optional<OrganisationSummary> lead = practice.getLeadOrganisationId() == null ? Optional.empty()
				: this.organisations.findAll(List.of(practice.getLeadOrganisationId())).stream().findFirst();
		Long self = this.permissions.user().map(CurrentUser::id).orElse(null);
		int editors = lead.map(o -> recipients(o.id(), self).size()).orElse(0);
		return new ContactTarget(practice, lead.orElse(null), editors > 0);
	}

	/**
	 * Sends the message to the lead organisation's editors and a copy to the sender.
	 * @param shareAddress whether the editors may answer to the sender's address directly
	 * @return how many editors it was sent to
	 * @throws ContactLimitException if the user already sent the hour's quota
	 * @throws PracticeNotFoundException if the practice has nobody to contact
	 */
	public int send(long practiceId, String subject, String message, boolean shareAddress) {
		CurrentUser sender = this.permissions.user()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to write to organisations"));
		ContactTarget target = target(practiceId);
		if (!target.available()) {
			throw new PracticeNotFoundException(practiceId);
		}
		String cleanSubject = subject.replaceAll("\\s+", " ").strip();
		String cleanMessage = message.strip();
		if (cleanSubject.isEmpty() || cleanSubject.length() > SUBJECT_MAX || cleanMessage.isEmpty()
				|| cleanMessage.length() > MESSAGE_MAX) {
			throw new IllegalArgumentException("Subject or message empty or too long");
		}
		if (!this.quota.allow(sender.id())) {
			throw new ContactLimitException();
		}
		Practice practice = target.practice();
		Map<String, Object> variables = new HashMap<>();
		variables.put("senderName", sender.displayName());
		variables.put("senderOrganisations",
				this.organisations.findAll(sender.memberOf())
					.stream()
					.map(o -> new Link(o.displayName(), this.mail.baseUrl() + "/organisations/" + o.id()))
					.toList());
		variables.put("subject", cleanSubject);
		variables.put("messageLines", cleanMessage.lines().toList());
		variables.put("title", practice.getTitle());
		variables.put("practiceLink", this.mail.baseUrl() + "/practices/" + practice.getId());
		variables.put("organisation", target.leadOrganisation().displayName());
		variables.put("shared", shareAddress);
		List<CurrentUser> recipients = recipients(target.leadOrganisation().id(), sender.id());
		for (CurrentUser editor : recipients) {
			Map<String, Object> forEditor = new HashMap<>(variables);
			forEditor.put("name", editor.displayName());
			MailMessage relayed = this.mail.render(editor.email(), editor.locale(), "practices.mail.contact.subject",
					"practices/mail/contact", forEditor, cleanSubject);
			this.mail.send(shareAddress ? relayed.withReplyTo(sender.email()) : relayed);
		}
		Map<String, Object> copy = new HashMap<>(variables);
		copy.put("name", sender.displayName());
		this.mail.sendTemplate(sender.email(), sender.locale(), "practices.mail.contactCopy.subject",
				"practices/mail/contact-copy", copy, cleanSubject);
		return recipients.size();
	}

	private List<CurrentUser> recipients(long organisationId, Long except) {
		return this.accounts.membersOf(organisationId)
			.stream()
			.filter(m -> m.role() == MembershipRole.EDITOR && !Long.valueOf(m.userId()).equals(except))
			.map(m -> this.accounts.find(m.userId()))
			.flatMap(Optional::stream)
			.toList();
	}

	private Practice readable(long practiceId) {
		Practice practice = this.practices.findById(practiceId)
			.orElseThrow(() -> new PracticeNotFoundException(practiceId));
		if (!this.permissions.canRead(practice)) {
			throw new PracticeNotFoundException(practiceId);
		}
		return practice;
	}

	/**
	 * Where a message about a practice goes.
	 *
	 * @param practice the practice
	 * @param leadOrganisation its lead organisation, or {@code null}
	 * @param available whether the lead organisation has an editor (other than the
	 * reader) to read the message
	 */
	public record ContactTarget(Practice practice, OrganisationSummary leadOrganisation, boolean available) {
	}

	/**
	 * A link in a message.
	 *
	 * @param label the text shown
	 * @param url the absolute address
	 */
	public record Link(String label, String url) {
	}

}
