package org.passerelle.dialogues.internal;

import java.util.Set;

/**
 * The content of a common position, as drafted.
 *
 * @param title its title
 * @param text its text, rich text (sanitised when saved)
 * @param drafterIds the organisations that drafted it
 */
public record PositionCommand(String title, String text, Set<Long> drafterIds) {

	public PositionCommand {
		drafterIds = drafterIds == null ? Set.of() : Set.copyOf(drafterIds);
	}

}
