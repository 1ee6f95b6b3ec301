package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.DialoguesProperties;
import org.passerelle.dialogues.PositionNotFoundException;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.kernel.ConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts and changes common positions, follows their status and records their
 * transmissions, for the dialogue's organisers, moderators and administrators. The title
 * and text change only while the position is a draft or open for endorsement; recording
 * the first transmission of an open position closes it to endorsements.
 */
@Service
@Transactional
public class PositionEditor {

	private final DialogueRepository dialogues;

	private final PositionRepository positions;

	private final EndorsementRepository endorsements;

	private final TransmissionRepository transmissions;

	private final DialoguePermissions permissions;

	private final OrganisationDirectory organisations;

	private final DialogueClock clock;

	private final DialoguesProperties properties;

	PositionEditor(DialogueRepository dialogues, PositionRepository positions, EndorsementRepository endorsements,
			TransmissionRepository transmissions, DialoguePermissions permissions, OrganisationDirectory organisations,
			DialogueClock clock, DialoguesProperties properties) {
		this.dialogues = dialogues;
		this.positions = positions;
		this.endorsements = endorsements;
		this.transmissions = transmissions;
		this.permissions = permissions;
		this.organisations = organisations;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * A dialogue whose positions the current user manages.
	 * @throws DialogueNotFoundException if it does not exist or the user may not see it
	 * @throws AccessDeniedException if the user sees it but does not organise it
	 */
	@Transactional(readOnly = true)
	public Dialogue managedDialogue(String dialogueSlug) {
		Dialogue dialogue = this.dialogues.findBySlug(dialogueSlug)
			.filter(this.permissions::canSee)
			.orElseThrow(() -> new DialogueNotFoundException(dialogueSlug));
		if (!this.permissions.canModerate(dialogue)) {
			throw new AccessDeniedException("Only the organisers draft the positions of dialogue " + dialogueSlug);
		}
		return dialogue;
	}

	/**
	 * A position the current user manages.
	 * @throws DialogueNotFoundException if the dialogue does not exist or the user may
	 * not see it
	 * @throws AccessDeniedException if the user does not organise the dialogue
	 * @throws PositionNotFoundException if the dialogue has no such position
	 */
	@Transactional(readOnly = true)
	public Position managed(String dialogueSlug, String positionSlug) {
		Dialogue dialogue = managedDialogue(dialogueSlug);
		return this.positions.findByDialogueIdAndSlug(dialogue.getId(), positionSlug)
			.orElseThrow(() -> new PositionNotFoundException(positionSlug));
	}

	/**
	 * Drafts a position of the dialogue, returning its address within the dialogue.
	 * @throws PositionRejectedException with every problem found
	 */
	public String create(String dialogueSlug, PositionCommand command) {
		Dialogue dialogue = managedDialogue(dialogueSlug);
		return create(dialogue.getId(), command, userId(), this.clock.now()).getSlug();
	}

	/**
	 * Changes a position's title, text and drafters; Envers keeps the previous version.
	 * @param expectedVersion the version the form was built from
	 * @throws ConflictException if someone changed it meanwhile
	 * @throws PositionRejectedException with every problem found, or if it is no longer
	 * editable
	 */
	public void update(String dialogueSlug, String positionSlug, long expectedVersion, PositionCommand command) {
		Position position = managed(dialogueSlug, positionSlug);
		checkVersion(position, expectedVersion);
		if (!position.getStatus().isEditable()) {
			throw new PositionRejectedException(DialogueProblem.of(null, "dialogues.positions.problem.frozen"));
		}
		List<DialogueProblem> problems = PositionRules.check(command, this.organisations::exists);
		if (!problems.isEmpty()) {
			throw new PositionRejectedException(problems);
		}
		PositionCommand clean = PositionRules.clean(command);
		position.write(clean.title(), clean.text(), clean.drafterIds(), this.clock.now());
		this.positions.flush();
	}

	/**
	 * Changes a position's status and follow-up note.
	 * @throws ConflictException if someone changed it meanwhile
	 * @throws PositionRejectedException if the status cannot be chosen now
	 */
	public void changeStatus(String dialogueSlug, String positionSlug, long expectedVersion, PositionStatus status,
			String followUp) {
		Position position = managed(dialogueSlug, positionSlug);
		checkVersion(position, expectedVersion);
		changeStatus(position, status, followUp, this.clock.now());
	}

	/**
	 * Records that the position was sent to an institution.
	 * @throws PositionRejectedException with every problem found, or if the position is a
	 * draft or closed
	 */
	public void recordTransmission(String dialogueSlug, String positionSlug, TransmissionCommand command) {
		Position position = managed(dialogueSlug, positionSlug);
		recordTransmission(position, command, userId(), this.clock.now());
	}

	Position create(long dialogueId, PositionCommand command, Long userId, Instant at) {
		List<DialogueProblem> problems = PositionRules.check(command, this.organisations::exists);
		if (!problems.isEmpty()) {
			throw new PositionRejectedException(problems);
		}
		PositionCommand clean = PositionRules.clean(command);
		Position position = new Position(dialogueId, uniqueSlug(dialogueId, clean.title()), userId, at);
		position.write(clean.title(), clean.text(), clean.drafterIds(), at);
		return this.positions.saveAndFlush(position);
	}

	void changeStatus(Position position, PositionStatus status, String followUp, Instant at) {
		List<DialogueProblem> problems = PositionRules.checkStatus(status, followUp,
				this.endorsements.existsByPositionId(position.getId()),
				this.transmissions.existsByPositionId(position.getId()));
		if (!problems.isEmpty()) {
			throw new PositionRejectedException(problems);
		}
		position.follow(status, followUp == null || followUp.isBlank() ? null : followUp.strip(), at);
		this.positions.flush();
	}

	void recordTransmission(Position position, TransmissionCommand command, Long userId, Instant at) {
		List<DialogueProblem> problems = new ArrayList<>();
		if (!position.getStatus().acceptsTransmissions()) {
			problems.add(DialogueProblem.of(null, "dialogues.positions.problem.cannotTransmit"));
		}
		problems.addAll(PositionRules.check(command, LocalDate.ofInstant(at, this.properties.timeZone())));
		if (!problems.isEmpty()) {
			throw new PositionRejectedException(problems);
		}
		this.transmissions.save(new Transmission(position.getId(), PositionRules.clean(command), userId, at));
		if (position.getStatus() == PositionStatus.OPEN_FOR_ENDORSEMENT) {
			position.follow(PositionStatus.TRANSMITTED, position.getFollowUp(), at);
		}
		this.positions.flush();
	}

	private static void checkVersion(Position position, long expectedVersion) {
		if (position.getVersion() != expectedVersion) {
			throw new ConflictException("Common position " + position.getSlug() + " was changed meanwhile");
		}
	}

	private Long userId() {
		return this.permissions.user().map(CurrentUser::id).orElse(null);
	}

	private String uniqueSlug(long dialogueId, String title) {
		String base = Slugs.from(title);
		String slug = base;
		for (int n = 2; this.positions.existsByDialogueIdAndSlug(dialogueId, slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
