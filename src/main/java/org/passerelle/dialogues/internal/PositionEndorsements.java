package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.Optional;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.PositionNotFoundException;
import org.passerelle.kernel.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations endorsing a common position, or withdrawing their endorsement, while it
 * is open for endorsement. An editor endorses for their own organisation only
 * (administrators for any); an organisation endorses a position once.
 */
@Service
@Transactional
public class PositionEndorsements {

	private final PositionRepository positions;

	private final DialogueRepository dialogues;

	private final EndorsementRepository endorsements;

	private final DialoguePermissions permissions;

	private final OrganisationDirectory organisations;

	private final DialogueClock clock;

	PositionEndorsements(PositionRepository positions, DialogueRepository dialogues, EndorsementRepository endorsements,
			DialoguePermissions permissions, OrganisationDirectory organisations, DialogueClock clock) {
		this.positions = positions;
		this.dialogues = dialogues;
		this.endorsements = endorsements;
		this.permissions = permissions;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Endorses the position for the organisation, as the current user.
	 * @throws PositionNotFoundException if the user may not see the position
	 * @throws AccessDeniedException unless the user edits for the organisation
	 * @throws PositionRejectedException if the position is not open for endorsement
	 * @throws ConflictException if the organisation already endorsed it
	 */
	public void endorse(long positionId, long organisationId) {
		CurrentUser user = this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
		Position position = visible(positionId, user);
		if (!user.canEditFor(organisationId) || !this.organisations.exists(organisationId)) {
			throw new AccessDeniedException("Only an editor of organisation " + organisationId + " endorses for it");
		}
		endorse(position, organisationId, user.id(), this.clock.now());
	}

	/**
	 * Withdraws the organisation's endorsement, as the current user.
	 * @return whether there was one
	 * @throws PositionNotFoundException if the user may not see the position
	 * @throws AccessDeniedException unless the user edits for the organisation
	 * @throws PositionRejectedException if the position is no longer open for endorsement
	 */
	public boolean withdraw(long positionId, long organisationId) {
		CurrentUser user = this.permissions.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
		Position position = visible(positionId, user);
		if (!user.canEditFor(organisationId)) {
			throw new AccessDeniedException("Only an editor of organisation " + organisationId + " withdraws for it");
		}
		if (!position.getStatus().isOpenForEndorsement()) {
			throw new PositionRejectedException(DialogueProblem.of(null, "dialogues.positions.problem.closed"));
		}
		Optional<Endorsement> endorsement = this.endorsements.findByPositionIdAndOrganisationId(positionId,
				organisationId);
		endorsement.ifPresent(this.endorsements::delete);
		return endorsement.isPresent();
	}

	void endorse(Position position, long organisationId, Long userId, Instant at) {
		if (!position.getStatus().isOpenForEndorsement()) {
			throw new PositionRejectedException(DialogueProblem.of(null, "dialogues.positions.problem.closed"));
		}
		if (this.endorsements.findByPositionIdAndOrganisationId(position.getId(), organisationId).isPresent()) {
			throw new ConflictException(
					"Organisation " + organisationId + " already endorsed position " + position.getId());
		}
		try {
			this.endorsements.saveAndFlush(new Endorsement(position.getId(), organisationId, userId, at));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException(
					"Organisation " + organisationId + " already endorsed position " + position.getId(), ex);
		}
	}

	private Position visible(long positionId, CurrentUser user) {
		Position position = this.positions.findById(positionId)
			.orElseThrow(() -> new PositionNotFoundException(positionId));
		Dialogue dialogue = this.dialogues.findById(position.getDialogueId())
			.orElseThrow(() -> new PositionNotFoundException(positionId));
		if (!PositionRules.canSee(Optional.of(user), dialogue, position)) {
			throw new PositionNotFoundException(positionId);
		}
		return position;
	}

}
