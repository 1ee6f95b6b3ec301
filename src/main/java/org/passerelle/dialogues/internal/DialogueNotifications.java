package org.passerelle.dialogues.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.MemberView;
import org.passerelle.accounts.Notice;
import org.passerelle.accounts.Notifications;
import org.passerelle.dialogues.ContributionPublished;
import org.passerelle.dialogues.RoundOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells participants what happens in their dialogues, through the accounts module's
 * {@link Notifications} (each at the frequency they chose): a new round to everyone who
 * contributed before and to the members of the organising organisations; a publication to
 * its author; a published reply to the author of the contribution it answers. Only users
 * who may still see the dialogue are told. Runs after the change is committed.
 */
@Component
class DialogueNotifications {

	static final String ROUND = "dialogues.round";

	static final String PUBLISHED = "dialogues.published";

	static final String REPLY = "dialogues.reply";

	private final DialogueRepository dialogues;

	private final ContributionRepository contributions;

	private final Accounts accounts;

	private final Notifications notifications;

	DialogueNotifications(DialogueRepository dialogues, ContributionRepository contributions, Accounts accounts,
			Notifications notifications) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void onRoundOpened(RoundOpened event) {
		this.dialogues.findById(event.dialogueId()).ifPresent(dialogue -> {
			Set<Long> recipients = new LinkedHashSet<>(this.contributions.contributorsOf(dialogue.getId()));
			dialogue.getOrganiserIds()
				.forEach(organisation -> this.accounts.membersOf(organisation)
					.stream()
					.map(MemberView::userId)
					.forEach(recipients::add));
			Notice notice = Notice.of(ROUND, "dialogues.notice.round.subject", "dialogues.notice.round.body",
					"/dialogues/" + dialogue.getSlug(), dialogue.getTitle(), event.roundNumber());
			recipients.stream()
				.filter(id -> mayRead(id, dialogue))
				.forEach(id -> this.notifications.notify(id, notice));
		});
	}

	@ApplicationModuleListener
	void onContributionPublished(ContributionPublished event) {
		this.dialogues.findBySlug(event.dialogueSlug()).ifPresent(dialogue -> {
			String link = "/dialogues/" + dialogue.getSlug() + "#contribution-" + event.contributionId();
			if (mayRead(event.authorId(), dialogue)) {
				this.notifications.notify(event.authorId(), Notice.of(PUBLISHED, "dialogues.notice.published.subject",
						"dialogues.notice.published.body", link, dialogue.getTitle()));
			}
			if (event.parentId() == null) {
				return;
			}
			this.contributions.findById(event.parentId())
				.map(Contribution::getAuthorId)
				.filter(parentAuthor -> parentAuthor != event.authorId())
				.filter(parentAuthor -> mayRead(parentAuthor, dialogue))
				.ifPresent(parentAuthor -> {
					String replier = this.accounts.find(event.authorId()).map(CurrentUser::displayName).orElse("?");
					this.notifications.notify(parentAuthor, Notice.of(REPLY, "dialogues.notice.reply.subject",
							"dialogues.notice.reply.body", link, dialogue.getTitle(), replier));
				});
		});
	}

	private boolean mayRead(long userId, Dialogue dialogue) {
		Optional<CurrentUser> user = this.accounts.find(userId);
		return user.isPresent() && DialoguePermissions.canSee(user, dialogue);
	}

}
