package org.passerelle.dialogues.internal;

import java.util.Map;

/**
 * The demo dialogue was loaded (and committed): later steps of the demo content (the
 * synthesis, the common position) listen to this to add their part, naming contributions
 * by their key in the demo file and organisations by their name.
 *
 * @param dialogueId the dialogue's id
 * @param slug the dialogue's address
 * @param contributionIdsByKey contribution id by its {@code key} in the file
 * @param organisationIdsByName organisation id by the name used in the file (those found
 * in the directory)
 * @param userIdsByOrganisation the demo account speaking for each organisation, by its
 * name
 * @param moderatorId the demo moderator's account
 */
public record DemoDialogueLoaded(long dialogueId, String slug, Map<String, Long> contributionIdsByKey,
		Map<String, Long> organisationIdsByName, Map<String, Long> userIdsByOrganisation, long moderatorId) {

	public DemoDialogueLoaded {
		contributionIdsByKey = Map.copyOf(contributionIdsByKey);
		organisationIdsByName = Map.copyOf(organisationIdsByName);
		userIdsByOrganisation = Map.copyOf(userIdsByOrganisation);
	}

}
