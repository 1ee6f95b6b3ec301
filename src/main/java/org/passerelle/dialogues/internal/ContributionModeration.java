package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.ContributionPublished;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.kernel.NotFoundException;
import org.passerelle.kernel.text.RichText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderation queues (one per dialogue, and one over every dialogue the user
 * moderates) and the decisions on them. A decision names the version of the contribution
 * the moderator saw and is recorded once per version (a unique constraint backs the
 * version check): when two moderators decide at once, one decision is recorded and the
 * other moderator learns who decided first ({@link ContributionAlreadyDecidedException}).
 */
@Service
public class ContributionModeration {

	private final DialogueRepository dialogues;

	private final ContributionRepository contributions;

	private final ModerationDecisionRepository decisions;

	private final DialoguePermissions permissions;

	private final Accounts accounts;

	private final DialogueClock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final ApplicationEventPublisher events;

	ContributionModeration(DialogueRepository dialogues, ContributionRepository contributions,
			ModerationDecisionRepository decisions, DialoguePermissions permissions, Accounts accounts,
			DialogueClock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.dialogues = dialogues;
		this.contributions = contributions;
		this.decisions = decisions;
		this.permissions = permissions;
		this.accounts = accounts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		// a decision commits on its own, so that a clash is seen (and reported) here even
		// when the caller runs in a transaction of its own
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.events = events;
	}

	/**
	 * A dialogue the current user moderates.
	 * @throws DialogueNotFoundException if it does not exist or the user may not see it
	 * @throws AccessDeniedException if the user may not moderate it
	 */
	public Dialogue moderated(String slug) {
		return this.readOnly.execute(status -> {
			Dialogue dialogue = this.dialogues.findBySlug(slug)
				.filter(this.permissions::canSee)
				.orElseThrow(() -> new DialogueNotFoundException(slug));
			if (!this.permissions.canModerate(dialogue)) {
				throw new AccessDeniedException("Only the organisers and moderators moderate dialogue " + slug);
			}
			dialogue.getRounds().forEach(r -> r.getQuestions().size());
			return dialogue;
		});
	}

	/** The dialogues the current user moderates (none for a visitor). */
	public List<Dialogue> moderatedDialogues() {
		return this.readOnly.execute(status -> {
			Optional<CurrentUser> user = this.permissions.user();
			if (user.isEmpty()) {
				return List.of();
			}
			List<Dialogue> found = DialoguePermissions.isModerator(user.get()) ? this.dialogues.findAll()
					: user.get().editorOf().isEmpty() ? List.of() : this.dialogues.organisedBy(user.get().editorOf());
			found.forEach(d -> d.getRounds().forEach(r -> r.getQuestions().size()));
			return found;
		});
	}

	/** Pending contributions of these dialogues, the longest waiting first. */
	public Page<Contribution> queue(Collection<Dialogue> of, ModerationFilter filter, Pageable pageable) {
		if (of.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		return this.readOnly.execute(status -> this.contributions.pending(of.stream().map(Dialogue::getId).toList(),
				filter.round(), filter.language(), filter.channel(), pageable));
	}

	/** The latest decisions on the dialogue's contributions. */
	public List<ModerationDecision> latestDecisions(Dialogue dialogue, int count) {
		return this.readOnly
			.execute(status -> this.decisions.latest(dialogue.getId(), PageRequest.of(0, Math.max(1, count))));
	}

	/** A contribution of the dialogue, as its moderators see it. */
	public Contribution contribution(Dialogue dialogue, long id) {
		return this.readOnly.execute(status -> this.contributions.findById(id)
			.filter(c -> c.getDialogueId() == dialogue.getId())
			.orElseThrow(() -> new NotFoundException("contribution", id)));
	}

	/** Publishes the contribution as written. */
	public void approve(long id, long expectedVersion) {
		decide(id, expectedVersion, DecisionKind.APPROVED, null, null);
	}

	/**
	 * Publishes the contribution with the moderator's changes; the text as written stays
	 * in its history.
	 * @param edited question number → new text, for the answers changed
	 * @param note why it was edited (required)
	 */
	public void editAndApprove(long id, long expectedVersion, Map<Integer, String> edited, String note) {
		decide(id, expectedVersion, DecisionKind.EDITED_AND_APPROVED, note, edited);
	}

	/** Refuses the contribution with a reason (required). */
	public void reject(long id, long expectedVersion, String reason) {
		decide(id, expectedVersion, DecisionKind.REJECTED, reason, null);
	}

	/**
	 * Withdraws a published contribution from view, with a reason (required): under
	 * post-moderation contributions are public before anyone has read them, and a
	 * moderator who then finds one out of place takes it down. The text stays in its
	 * history.
	 */
	public void takeDown(long id, long expectedVersion, String reason) {
		decide(id, expectedVersion, DecisionKind.TAKEN_DOWN, reason, null);
	}

	/** Marks the contribution as spam. */
	public void markSpam(long id, long expectedVersion) {
		decide(id, expectedVersion, DecisionKind.SPAM, null, null);
	}

	private void decide(long id, long expectedVersion, DecisionKind kind, String note, Map<Integer, String> edited) {
		CurrentUser moderator = this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		checkNote(kind, cleanNote);
		try {
			this.transaction.executeWithoutResult(status -> {
				Contribution contribution = this.contributions.findById(id)
					.orElseThrow(() -> new NotFoundException("contribution", id));
				Dialogue dialogue = this.dialogues.findById(contribution.getDialogueId()).orElseThrow();
				if (!DialoguePermissions.canModerate(moderator, dialogue)) {
					throw new AccessDeniedException("Not a moderator of dialogue " + dialogue.getSlug());
				}
				ContributionStatus decidable = kind == DecisionKind.TAKEN_DOWN ? ContributionStatus.PUBLISHED
						: ContributionStatus.PENDING;
				if (contribution.getStatus() != decidable || contribution.getVersion() != expectedVersion) {
					throw alreadyDecided(id);
				}
				if (kind == DecisionKind.EDITED_AND_APPROVED) {
					contribution.replaceAnswers(editedAnswers(contribution, edited), this.clock.now());
				}
				// the decision first: a second moderator's insert waits for the first
				// one's transaction and then fails on the unique constraint
				this.decisions.saveAndFlush(
						new ModerationDecision(id, expectedVersion, moderator.id(), kind, cleanNote, this.clock.now()));
				contribution.decide(kind.leadsTo(), this.clock.now());
				this.contributions.flush();
				if (kind.leadsTo() == ContributionStatus.PUBLISHED) {
					this.events.publishEvent(new ContributionPublished(dialogue.getSlug(), id,
							contribution.getAuthorId(), contribution.getParentId()));
				}
			});
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw this.readOnly.execute(status -> alreadyDecided(id));
		}
	}

	private static void checkNote(DecisionKind kind, String note) {
		List<DialogueProblem> problems = new ArrayList<>();
		if ((kind == DecisionKind.REJECTED || kind == DecisionKind.EDITED_AND_APPROVED
				|| kind == DecisionKind.TAKEN_DOWN) && note == null) {
			problems.add(DialogueProblem.of("note", "dialogues.problem.required"));
		}
		else if (note != null && note.length() > ModerationDecision.NOTE_MAX) {
			problems.add(DialogueProblem.of("note", "dialogues.problem.tooLong", ModerationDecision.NOTE_MAX));
		}
		if (!problems.isEmpty()) {
			throw new ContributionRejectedException(problems);
		}
	}

	private static List<Answer> editedAnswers(Contribution contribution, Map<Integer, String> edited) {
		List<DialogueProblem> problems = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		for (Answer answer : contribution.getAnswers()) {
			String input = edited == null ? null : edited.get(answer.question());
			if (input == null) {
				answers.add(answer);
				continue;
			}
			String rich = ContributionText.toRichText(input);
			String field = "answers[" + answer.question() + "]";
			if (rich == null) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.required"));
			}
			else if (RichText.visibleLength(rich) > Contribution.ANSWER_MAX) {
				problems.add(DialogueProblem.of(field, "dialogues.problem.tooLong", Contribution.ANSWER_MAX));
			}
			answers.add(new Answer(answer.question(), rich));
		}
		if (!problems.isEmpty()) {
			throw new ContributionRejectedException(problems);
		}
		return answers;
	}

	private ContributionAlreadyDecidedException alreadyDecided(long id) {
		return this.decisions.findFirstByContributionIdOrderByIdDesc(id)
			.map(d -> new ContributionAlreadyDecidedException(id,
					this.accounts.find(d.getModeratorId()).map(CurrentUser::displayName).orElse("?"), d.getDecision(),
					d.getDecidedAt()))
			.orElseGet(() -> new ContributionAlreadyDecidedException(id, null, null, null));
	}

	/** Display names of users, by id (for "decided by"). */
	public Map<Long, String> names(Set<Long> userIds) {
		Map<Long, String> names = new java.util.HashMap<>();
		userIds.forEach(id -> this.accounts.find(id).ifPresent(u -> names.put(id, u.displayName())));
		return names;
	}

}
