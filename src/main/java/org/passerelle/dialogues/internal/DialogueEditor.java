package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.internal.DialogueCommand.RoundCommand;
import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.text.RichText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes dialogues and their timelines, after checking everything at once:
 * organisers the user may organise for, known languages, rounds that close after they
 * open, do not overlap and ask at least one question.
 */
@Service
@Transactional
public class DialogueEditor {

	private final DialogueRepository dialogues;

	private final DialoguePermissions permissions;

	private final OrganisationDirectory organisations;

	private final DialogueClock clock;

	DialogueEditor(DialogueRepository dialogues, DialoguePermissions permissions, OrganisationDirectory organisations,
			DialogueClock clock) {
		this.dialogues = dialogues;
		this.permissions = permissions;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Creates a dialogue, returning its address.
	 * @throws AccessDeniedException unless the user may organise dialogues
	 * @throws DialogueRejectedException with every problem found
	 */
	public String create(DialogueCommand command) {
		CurrentUser user = this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!DialoguePermissions.canCreate(user)) {
			throw new AccessDeniedException("Only editors of an organisation and moderators create dialogues");
		}
		validate(command, user, Set.of());
		Dialogue dialogue = new Dialogue(uniqueSlug(command.title()), user.id(), this.clock.now());
		dialogue.describe(clean(command), this.clock.now());
		dialogue.schedule(chronological(command.rounds()));
		return this.dialogues.saveAndFlush(dialogue).getSlug();
	}

	/**
	 * Changes a dialogue.
	 * @param expectedVersion the version the form was built from
	 * @throws ConflictException if someone changed it meanwhile
	 * @throws DialogueRejectedException with every problem found
	 */
	public void update(String slug, long expectedVersion, DialogueCommand command) {
		Dialogue dialogue = editable(slug);
		if (dialogue.getVersion() != expectedVersion) {
			throw new ConflictException("Dialogue " + slug + " was changed meanwhile");
		}
		validate(command, this.permissions.user().orElseThrow(), dialogue.getOrganiserIds());
		dialogue.describe(clean(command), this.clock.now());
		dialogue.schedule(chronological(command.rounds()));
		this.dialogues.flush();
	}

	/**
	 * A dialogue the current user may edit.
	 * @throws DialogueNotFoundException if it does not exist or the user may not see it
	 * @throws AccessDeniedException if the user sees it but may not edit it
	 */
	@Transactional(readOnly = true)
	public Dialogue editable(String slug) {
		Dialogue dialogue = this.dialogues.findBySlug(slug)
			.filter(this.permissions::canSee)
			.orElseThrow(() -> new DialogueNotFoundException(slug));
		if (!this.permissions.canModerate(dialogue)) {
			throw new AccessDeniedException("Only the organisers and moderators edit dialogue " + slug);
		}
		dialogue.getRounds().forEach(r -> r.getQuestions().size());
		return dialogue;
	}

	private void validate(DialogueCommand command, CurrentUser user, Set<Long> alreadyOrganising) {
		List<DialogueProblem> problems = new ArrayList<>();
		if (command.title() == null || command.title().isBlank()) {
			problems.add(DialogueProblem.of("title", "dialogues.problem.required"));
		}
		else if (command.title().strip().length() > Dialogue.TITLE_MAX) {
			problems.add(DialogueProblem.of("title", "dialogues.problem.tooLong", Dialogue.TITLE_MAX));
		}
		if (RichText.visibleLength(command.description()) > Dialogue.DESCRIPTION_MAX) {
			problems.add(DialogueProblem.of("description", "dialogues.problem.tooLong", Dialogue.DESCRIPTION_MAX));
		}
		if (command.languages().isEmpty()) {
			problems.add(DialogueProblem.of("languages", "dialogues.problem.noLanguage"));
		}
		else if (!Dialogue.LANGUAGES.containsAll(command.languages())) {
			problems.add(DialogueProblem.of("languages", "dialogues.problem.unknownLanguage"));
		}
		if (command.visibility() == null) {
			problems.add(DialogueProblem.of("visibility", "dialogues.problem.required"));
		}
		if (command.moderationPolicy() == null) {
			problems.add(DialogueProblem.of("moderationPolicy", "dialogues.problem.required"));
		}
		validateOrganisers(command, user, alreadyOrganising, problems);
		if (command.visibility() == DialogueVisibility.INVITED) {
			if (command.invitedIds().isEmpty()) {
				problems.add(DialogueProblem.of("invitedIds", "dialogues.problem.noInvited"));
			}
			else if (!command.invitedIds().stream().allMatch(this.organisations::exists)) {
				problems.add(DialogueProblem.of("invitedIds", "dialogues.problem.unknownOrganisation"));
			}
		}
		validateRounds(command.rounds(), problems);
		if (!problems.isEmpty()) {
			throw new DialogueRejectedException(problems);
		}
	}

	private void validateOrganisers(DialogueCommand command, CurrentUser user, Set<Long> alreadyOrganising,
			List<DialogueProblem> problems) {
		if (command.organiserIds().isEmpty()) {
			problems.add(DialogueProblem.of("organiserIds", "dialogues.problem.noOrganiser"));
			return;
		}
		Set<Long> added = new HashSet<>(command.organiserIds());
		added.removeAll(alreadyOrganising);
		if (!DialoguePermissions.isModerator(user) && !user.editorOf().containsAll(added)) {
			problems.add(DialogueProblem.of("organiserIds", "dialogues.problem.notYourOrganisation"));
		}
		else if (!command.organiserIds().stream().allMatch(this.organisations::exists)) {
			problems.add(DialogueProblem.of("organiserIds", "dialogues.problem.unknownOrganisation"));
		}
		else if (!DialoguePermissions.canOrganise(user, command.organiserIds())) {
			// an organiser editor would lock themselves out
			problems.add(DialogueProblem.of("organiserIds", "dialogues.problem.notYourOrganisation"));
		}
	}

	/** Problems of round {@code i} are reported on {@code rounds[i]}, i as given. */
	static void validateRounds(List<RoundCommand> rounds, List<DialogueProblem> problems) {
		if (rounds.isEmpty()) {
			problems.add(DialogueProblem.of("rounds", "dialogues.problem.noRound"));
			return;
		}
		for (int i = 0; i < rounds.size(); i++) {
			RoundCommand round = rounds.get(i);
			String field = "rounds[" + i + "]";
			if (round.title() != null && round.title().strip().length() > Round.TITLE_MAX) {
				problems.add(DialogueProblem.of(field + ".title", "dialogues.problem.tooLong", Round.TITLE_MAX));
			}
			if (round.opensAt() == null) {
				problems.add(DialogueProblem.of(field + ".opensAt", "dialogues.problem.required"));
			}
			if (round.closesAt() == null) {
				problems.add(DialogueProblem.of(field + ".closesAt", "dialogues.problem.required"));
			}
			else if (round.opensAt() != null && !round.closesAt().isAfter(round.opensAt())) {
				problems.add(DialogueProblem.of(field + ".closesAt", "dialogues.problem.closesBeforeOpening"));
			}
			if (round.questions().isEmpty()) {
				problems.add(DialogueProblem.of(field + ".questions", "dialogues.problem.noQuestion"));
			}
			for (int q = 0; q < round.questions().size(); q++) {
				if (round.questions().get(q).strip().length() > Round.QUESTION_MAX) {
					problems.add(DialogueProblem.of(field + ".questions[" + q + "]", "dialogues.problem.tooLong",
							Round.QUESTION_MAX));
				}
			}
			for (int j = 0; j < i; j++) {
				RoundCommand other = rounds.get(j);
				if (overlap(round, other)) {
					problems.add(DialogueProblem.of(field + ".opensAt", "dialogues.problem.overlap", j + 1));
				}
			}
		}
	}

	private static boolean overlap(RoundCommand a, RoundCommand b) {
		if (a.opensAt() == null || a.closesAt() == null || b.opensAt() == null || b.closesAt() == null
				|| !a.closesAt().isAfter(a.opensAt()) || !b.closesAt().isAfter(b.opensAt())) {
			return false;
		}
		return a.opensAt().isBefore(b.closesAt()) && b.opensAt().isBefore(a.closesAt());
	}

	private static List<RoundCommand> chronological(List<RoundCommand> rounds) {
		return rounds.stream()
			.map(r -> new RoundCommand(r.title() == null || r.title().isBlank() ? null : r.title().strip(), r.opensAt(),
					r.closesAt(), r.questions().stream().map(String::strip).toList()))
			.sorted(Comparator.comparing(RoundCommand::opensAt))
			.toList();
	}

	private static DialogueCommand clean(DialogueCommand command) {
		return new DialogueCommand(command.title().strip(), RichText.sanitise(command.description()),
				command.languages(), command.visibility(), command.moderationPolicy(), command.organiserIds(),
				command.invitedIds(), command.rounds());
	}

	private String uniqueSlug(String title) {
		String base = Slugs.from(title);
		String slug = base;
		for (int n = 2; this.dialogues.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
