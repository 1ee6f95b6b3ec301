package org.passerelle.dialogues.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.kernel.mail.inbound.InboundMail;
import org.passerelle.kernel.mail.inbound.InboundMailHandler;
import org.passerelle.kernel.mail.inbound.InboundMailOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Contributions by e-mail: a member's mail to {@code participate+dialogue-<slug>@…}
 * answers the questions of that dialogue's open round (see {@link DialogueMailAnswers})
 * and waits for moderation like one sent through the form. Senders without an account are
 * refused: contributions are signed by an account.
 */
@Component
class DialogueMailHandler implements InboundMailHandler {

	static final String PREFIX = "dialogue";

	private static final Pattern ANSWER_FIELD = Pattern.compile("answers\\[(\\d+)]");

	private final Contributions contributions;

	private final ContributionStore store;

	private final Accounts accounts;

	private final MessageSource messages;

	DialogueMailHandler(Contributions contributions, ContributionStore store, Accounts accounts,
			MessageSource messages) {
		this.contributions = contributions;
		this.store = store;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public InboundMailOutcome receive(InboundMail mail) {
		if (mail.senderUserId() == null) {
			return InboundMailOutcome.refused(message(Locale.FRENCH, "dialogues.mail.noAccount", mail.senderAddress()));
		}
		long userId = mail.senderUserId();
		Locale locale = this.accounts.find(userId)
			.map(CurrentUser::locale)
			.filter(l -> !l.getLanguage().isEmpty())
			.orElse(Locale.FRENCH);
		String slug = mail.key();
		if (slug.isBlank()) {
			return InboundMailOutcome.refused(message(locale, "dialogues.mail.noSlug"));
		}
		Map<Integer, String> answers = DialogueMailAnswers.read(mail.text(), mail.subject());
		try {
			long id = this.contributions.submit(slug, userId, null, answers, null, ContributionChannel.EMAIL);
			boolean published = this.store.find(id)
				.map(c -> c.getStatus() == ContributionStatus.PUBLISHED)
				.orElse(false);
			String title = this.store.dialogue(slug).map(Dialogue::getTitle).orElse(slug);
			return InboundMailOutcome
				.accepted(message(locale, published ? "dialogues.mail.published" : "dialogues.mail.received", title));
		}
		catch (DialogueNotFoundException ex) {
			return InboundMailOutcome.refused(message(locale, "dialogues.mail.noDialogue", slug));
		}
		catch (ContributionRejectedException ex) {
			String problems = ex.problems()
				.stream()
				.map(problem -> sentence(problem, locale))
				.collect(Collectors.joining(" "));
			return InboundMailOutcome.refused(message(locale, "dialogues.mail.rejected", problems));
		}
	}

	/**
	 * The problem as a sentence, saying which question it is about when the message does
	 * not.
	 */
	private String sentence(DialogueProblem problem, Locale locale) {
		String text = this.messages.getMessage(problem.messageKey(), problem.argumentArray(), problem.messageKey(),
				locale);
		Matcher field = problem.field() == null ? null : ANSWER_FIELD.matcher(problem.field());
		if (field != null && field.matches() && !problem.messageKey().equals("dialogues.problem.unknownQuestion")) {
			return message(locale, "dialogues.mail.aboutQuestion", Integer.valueOf(field.group(1)), text);
		}
		return text;
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
