package org.passerelle.dialogues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.internal.Answer;
import org.passerelle.dialogues.internal.Contribution;
import org.passerelle.dialogues.internal.ContributionStore;
import org.passerelle.dialogues.internal.ContributionText;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueClock;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.kernel.text.RichText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributing to dialogues, for the web form and any other channel (the e-mail handler):
 * answers to questions of the open round, and replies to published contributions. Under
 * pre-moderation a contribution waits for a moderator; under post-moderation it is
 * published at once.
 */
@Service
// a refusal is found before anything is written, and must not doom a caller's transaction
// (the inbound mail desk records the refusal in the transaction it handed to the handler)
@Transactional(noRollbackFor = { ContributionRejectedException.class, DialogueNotFoundException.class })
public class Contributions {

	private final ContributionStore store;

	private final Accounts accounts;

	private final DialogueClock clock;

	Contributions(ContributionStore store, Accounts accounts, DialogueClock clock) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Submits answers to questions of the dialogue's open round.
	 * @param dialogueSlug the dialogue's address
	 * @param userId the author's account
	 * @param organisationId an organisation the author belongs to and speaks for, or
	 * {@code null}
	 * @param answers question number (from 1) → text (plain text or HTML; blank texts are
	 * ignored)
	 * @param language the language written in (one of the dialogue's), or {@code null}
	 * for the dialogue's first language
	 * @param channel how it came
	 * @return the new contribution's id
	 * @throws DialogueNotFoundException if there is no such dialogue or the author may
	 * not see it
	 * @throws ContributionRejectedException listing every problem (no open round, no
	 * answer, unknown question, too long, not a member of the organisation, other
	 * language)
	 */
	public long submit(String dialogueSlug, long userId, Long organisationId, Map<Integer, String> answers,
			String language, ContributionChannel channel) {
		CurrentUser author = author(userId, dialogueSlug);
		Dialogue dialogue = visibleTo(dialogueSlug, author);
		List<DialogueProblem> problems = new ArrayList<>();
		Optional<Round> open = dialogue.openRound(this.clock.now());
		if (open.isEmpty()) {
			problems.add(DialogueProblem.of("round", "dialogues.problem.noOpenRound"));
		}
		List<Answer> given = new ArrayList<>();
		new TreeMap<>(answers).forEach((question, text) -> {
			String rich = ContributionText.toRichText(text);
			if (rich == null) {
				return;
			}
			String field = "answers[" + question + "]";
			if (open.isPresent() && !open.get().hasQuestion(question)) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.unknownQuestion", question));
			}
			else if (RichText.visibleLength(rich) > Contribution.ANSWER_MAX) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.tooLong", Contribution.ANSWER_MAX));
			}
			given.add(new Answer(question, rich));
		});
		if (given.isEmpty() && open.isPresent()) {
			problems.add(DialogueProblem.of("answers", "dialogues.problem.noAnswer"));
		}
		String lang = checkCommon(dialogue, author, organisationId, language, problems);
		if (!problems.isEmpty()) {
			throw new ContributionRejectedException(problems);
		}
		return this.store.add(dialogue, open.get().getNumber(), null, given, author.id(), organisationId, lang,
				channel);
	}

	/**
	 * Replies to a published contribution (one level: replies to replies are refused).
	 * @return the reply's id
	 * @throws DialogueNotFoundException if there is no such dialogue or the author may
	 * not see it
	 * @throws ContributionRejectedException listing every problem
	 */
	public long reply(String dialogueSlug, long parentId, long userId, Long organisationId, String text,
			String language, ContributionChannel channel) {
		CurrentUser author = author(userId, dialogueSlug);
		Dialogue dialogue = visibleTo(dialogueSlug, author);
		List<DialogueProblem> problems = new ArrayList<>();
		Optional<Contribution> parent = this.store.find(parentId)
			.filter(p -> p.getDialogueId() == dialogue.getId() && p.getStatus() == ContributionStatus.PUBLISHED);
		if (parent.isEmpty()) {
			problems.add(DialogueProblem.of("parent", "dialogues.problem.noParent"));
		}
		else if (parent.get().isReply()) {
			problems.add(DialogueProblem.of("parent", "dialogues.problem.replyToReply"));
		}
		String rich = ContributionText.toRichText(text);
		if (rich == null) {
			problems.add(DialogueProblem.of("text", "dialogues.problem.required"));
		}
		else if (RichText.visibleLength(rich) > Contribution.ANSWER_MAX) {
			problems.add(DialogueProblem.of("text", "dialogues.problem.tooLong", Contribution.ANSWER_MAX));
		}
		String lang = checkCommon(dialogue, author, organisationId,
				language != null ? language : parent.map(Contribution::getLanguage).orElse(null), problems);
		if (!problems.isEmpty()) {
			throw new ContributionRejectedException(problems);
		}
		return this.store.add(dialogue, parent.get().getRoundNumber(), parentId,
				List.of(new Answer(Answer.REPLY, rich)), author.id(), organisationId, lang, channel);
	}

	private String checkCommon(Dialogue dialogue, CurrentUser author, Long organisationId, String language,
			List<DialogueProblem> problems) {
		if (organisationId != null && !author.memberOf().contains(organisationId)) {
			problems.add(DialogueProblem.of("organisationId", "dialogues.problem.notMember"));
		}
		String lang = language == null || language.isBlank() ? dialogue.getLanguages().get(0) : language;
		if (!dialogue.getLanguages().contains(lang)) {
			problems.add(DialogueProblem.of("language", "dialogues.problem.otherLanguage"));
		}
		return lang;
	}

	private CurrentUser author(long userId, String slug) {
		return this.accounts.find(userId).orElseThrow(() -> new DialogueNotFoundException(slug));
	}

	private Dialogue visibleTo(String slug, CurrentUser author) {
		return this.store.dialogue(slug)
			.filter(d -> DialoguePermissions.canSee(Optional.of(author), d))
			.orElseThrow(() -> new DialogueNotFoundException(slug));
	}

}
