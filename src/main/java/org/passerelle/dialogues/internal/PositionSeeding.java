package org.passerelle.dialogues.internal;

import java.time.Instant;

import org.passerelle.dialogues.PositionNotFoundException;
import org.passerelle.dialogues.PositionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Common positions written with explicit dates and authors and no permission check, for
 * loaders of demonstration or migrated content. The same rules hold as in the pages
 * (valid content, one endorsement per organisation, endorsements only while open,
 * transmissions only once open), so loaded content looks like content made by hand.
 */
@Service
@Transactional
public class PositionSeeding {

	private final PositionEditor editor;

	private final PositionEndorsements endorsements;

	private final PositionRepository positions;

	PositionSeeding(PositionEditor editor, PositionEndorsements endorsements, PositionRepository positions) {
		this.editor = editor;
		this.endorsements = endorsements;
		this.positions = positions;
	}

	/**
	 * Drafts a position of a dialogue, returning its id.
	 * @param dialogueId the dialogue
	 * @param command title, text and drafter organisations
	 * @param authorId the account that drafted it, or {@code null}
	 * @param at when it was drafted
	 * @throws PositionRejectedException if the content is invalid
	 */
	public long create(long dialogueId, PositionCommand command, Long authorId, Instant at) {
		return this.editor.create(dialogueId, command, authorId, at).getId();
	}

	/**
	 * Records an organisation's endorsement.
	 * @throws PositionRejectedException if the position is not open for endorsement
	 * @throws org.passerelle.kernel.ConflictException if the organisation already
	 * endorsed it
	 */
	public void endorse(long positionId, long organisationId, Long userId, Instant at) {
		this.endorsements.endorse(position(positionId), organisationId, userId, at);
	}

	/**
	 * Records a transmission (an open position becomes transmitted).
	 * @throws PositionRejectedException if it is invalid or the position a draft or
	 * closed
	 */
	public void transmit(long positionId, TransmissionCommand command, Long userId, Instant at) {
		this.editor.recordTransmission(position(positionId), command, userId, at);
	}

	/**
	 * Changes the status and follow-up note.
	 * @throws PositionRejectedException if the status cannot be chosen now
	 */
	public void setStatus(long positionId, PositionStatus status, String followUp, Instant at) {
		this.editor.changeStatus(position(positionId), status, followUp, at);
	}

	private Position position(long id) {
		return this.positions.findById(id).orElseThrow(() -> new PositionNotFoundException(id));
	}

}
