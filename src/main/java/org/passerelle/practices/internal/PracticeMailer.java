package org.passerelle.practices.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.MembershipRole;
import org.passerelle.kernel.mail.MailDeliveryException;
import org.passerelle.kernel.mail.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a practice's authors what the moderators decided, in each author's language: the
 * reason when it is returned (with a link to its edit page), the good news when it is
 * published. The author is whoever created the practice; when that account is gone (or
 * the practice was imported), the editors of its lead organisation. Runs after the
 * decision is committed; a message that cannot be sent is logged, not retried.
 */
@Component
class PracticeMailer {

	private static final Logger log = LoggerFactory.getLogger(PracticeMailer.class);

	private final PracticeRepository practices;

	private final Accounts accounts;

	private final MailService mail;

	PracticeMailer(PracticeRepository practices, Accounts accounts, MailService mail) {
		this.practices = practices;
		this.accounts = accounts;
		this.mail = mail;
	}

	@ApplicationModuleListener
	void onReturned(PracticeWorkflowEvents.Returned event) {
		this.practices.findById(event.practiceId())
			.ifPresent(practice -> send(practice, "practices.mail.returned.subject", "practices/mail/returned",
					Map.of("reason", event.reason(), "reasonLines", event.reason().lines().toList(), "link",
							this.mail.baseUrl() + "/practices/" + practice.getId() + "/edit")));
	}

	@ApplicationModuleListener
	void onApproved(PracticeApproved event) {
		this.practices.findById(event.practiceId())
			.ifPresent(practice -> send(practice, "practices.mail.published.subject", "practices/mail/published",
					Map.of("link", this.mail.baseUrl() + "/practices/" + practice.getId())));
	}

	/**
	 * Whom to tell about a practice: its creator, else its lead organisation's editors.
	 */
	List<CurrentUser> authors(Practice practice) {
		Optional<CurrentUser> creator = practice.getCreatedBy() == null ? Optional.empty()
				: this.accounts.find(practice.getCreatedBy());
		if (creator.isPresent()) {
			return List.of(creator.get());
		}
		if (practice.getLeadOrganisationId() == null) {
			return List.of();
		}
		return this.accounts.membersOf(practice.getLeadOrganisationId())
			.stream()
			.filter(m -> m.role() == MembershipRole.EDITOR)
			.map(m -> this.accounts.find(m.userId()))
			.flatMap(Optional::stream)
			.toList();
	}

	private void send(Practice practice, String subjectKey, String template, Map<String, Object> variables) {
		List<CurrentUser> authors = authors(practice);
		if (authors.isEmpty()) {
			log.info("Practice {} has no author to tell about {}", practice.getId(), template);
		}
		for (CurrentUser author : authors) {
			Map<String, Object> all = new LinkedHashMap<>(variables);
			all.put("name", author.displayName());
			all.put("title", practice.getTitle());
			try {
				this.mail.sendTemplate(author.email(), author.locale(), subjectKey, template, all, practice.getTitle());
			}
			catch (MailDeliveryException ex) {
				log.error("Could not send {} about practice {} to account {}", template, practice.getId(), author.id(),
						ex);
			}
		}
	}

}
