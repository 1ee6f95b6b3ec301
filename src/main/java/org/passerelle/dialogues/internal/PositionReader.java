package org.passerelle.dialogues.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.PositionNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Common positions as a reader may see them. */
@Service
@Transactional(readOnly = true)
public class PositionReader {

	private final DialogueRepository dialogues;

	private final PositionRepository positions;

	private final EndorsementRepository endorsements;

	private final TransmissionRepository transmissions;

	private final DialoguePermissions permissions;

	PositionReader(DialogueRepository dialogues, PositionRepository positions, EndorsementRepository endorsements,
			TransmissionRepository transmissions, DialoguePermissions permissions) {
		this.dialogues = dialogues;
		this.positions = positions;
		this.endorsements = endorsements;
		this.transmissions = transmissions;
		this.permissions = permissions;
	}

	/**
	 * The dialogue's positions the current user may see, newest first (the dialogue must
	 * be one they may see).
	 */
	public List<Position> of(Dialogue dialogue) {
		Optional<CurrentUser> reader = this.permissions.user();
		return this.positions.findByDialogueIdOrderByCreatedAtDescIdDesc(dialogue.getId())
			.stream()
			.filter(p -> PositionRules.canSee(reader, dialogue, p))
			.toList();
	}

	/**
	 * The positions of a dialogue the current user may see, by its address.
	 * @throws DialogueNotFoundException if there is no such dialogue or the user may not
	 * see it
	 */
	public List<Position> of(String dialogueSlug) {
		return of(visibleDialogue(dialogueSlug));
	}

	/** How many organisations endorsed each of these positions (absent means none). */
	public Map<Long, Long> endorsementCounts(List<Position> list) {
		Map<Long, Long> counts = new HashMap<>();
		if (!list.isEmpty()) {
			this.endorsements.countByPosition(list.stream().map(Position::getId).toList())
				.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
	}

	/**
	 * A position by its dialogue's and its own address.
	 * @throws DialogueNotFoundException if the dialogue does not exist or the user may
	 * not see it
	 * @throws PositionNotFoundException if the position does not exist or the user may
	 * not see it
	 */
	public PositionDossier get(String dialogueSlug, String positionSlug) {
		Dialogue dialogue = visibleDialogue(dialogueSlug);
		Position position = this.positions.findByDialogueIdAndSlug(dialogue.getId(), positionSlug)
			.orElseThrow(() -> new PositionNotFoundException(positionSlug));
		return dossier(dialogue, position, positionSlug);
	}

	/**
	 * A position by its id.
	 * @throws PositionNotFoundException if it does not exist or the user may not see it
	 */
	public PositionDossier get(long id) {
		Position position = this.positions.findById(id).orElseThrow(() -> new PositionNotFoundException(id));
		Dialogue dialogue = this.dialogues.findById(position.getDialogueId())
			.orElseThrow(() -> new PositionNotFoundException(id));
		return dossier(dialogue, position, id);
	}

	/**
	 * The positions an organisation endorsed that the current user may see, most recently
	 * endorsed first, each with its dialogue and the endorsement.
	 */
	public List<EndorsedPosition> endorsedBy(long organisationId) {
		Optional<CurrentUser> reader = this.permissions.user();
		Map<Long, Optional<Dialogue>> dialogueById = new HashMap<>();
		Map<Long, Endorsement> endorsementByPosition = new HashMap<>();
		this.endorsements.findByOrganisationId(organisationId)
			.forEach(e -> endorsementByPosition.put(e.getPositionId(), e));
		return this.positions.endorsedBy(organisationId).stream().flatMap(p -> {
			Optional<Dialogue> dialogue = dialogueById.computeIfAbsent(p.getDialogueId(), this.dialogues::findById);
			return dialogue.filter(d -> PositionRules.canSee(reader, d, p))
				.map(d -> new EndorsedPosition(d, p, endorsementByPosition.get(p.getId())))
				.stream();
		}).toList();
	}

	private PositionDossier dossier(Dialogue dialogue, Position position, Object asked) {
		Optional<CurrentUser> reader = this.permissions.user();
		if (!PositionRules.canSee(reader, dialogue, position)) {
			throw new PositionNotFoundException(asked);
		}
		return new PositionDossier(dialogue, position,
				this.endorsements.findByPositionIdOrderByEndorsedAtAscIdAsc(position.getId()),
				this.transmissions.findByPositionIdOrderByTransmittedOnAscIdAsc(position.getId()),
				reader.map(u -> PositionRules.canManage(u, dialogue)).orElse(false));
	}

	private Dialogue visibleDialogue(String slug) {
		return this.dialogues.findBySlug(slug)
			.filter(this.permissions::canSee)
			.orElseThrow(() -> new DialogueNotFoundException(slug));
	}

	/**
	 * A position an organisation endorsed.
	 *
	 * @param dialogue its dialogue
	 * @param position the position
	 * @param endorsement the organisation's endorsement
	 */
	public record EndorsedPosition(Dialogue dialogue, Position position, Endorsement endorsement) {
	}

}
