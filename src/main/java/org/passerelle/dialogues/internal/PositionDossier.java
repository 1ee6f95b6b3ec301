package org.passerelle.dialogues.internal;

import java.util.List;

/**
 * A common position with everything its page shows.
 *
 * @param dialogue the dialogue it comes from
 * @param position the position
 * @param endorsements its endorsements, oldest first
 * @param transmissions its transmissions, in the order they were sent
 * @param canManage whether the reader drafts and manages it
 */
public record PositionDossier(Dialogue dialogue, Position position, List<Endorsement> endorsements,
		List<Transmission> transmissions, boolean canManage) {
}
