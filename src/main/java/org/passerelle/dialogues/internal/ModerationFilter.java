package org.passerelle.dialogues.internal;

import org.passerelle.dialogues.ContributionChannel;

/**
 * Filters of a moderation queue; {@code null} means any.
 *
 * @param round a round number
 * @param language a language code
 * @param channel a channel
 */
public record ModerationFilter(Integer round, String language, ContributionChannel channel) {

	/** Whether any filter is set. */
	public boolean any() {
		return this.round != null || this.language != null || this.channel != null;
	}

}
