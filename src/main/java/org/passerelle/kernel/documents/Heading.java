package org.passerelle.kernel.documents;

import java.util.Objects;

/**
 * A section heading. Level 1 is a chapter (Word's "Heading 1", a top-level PDF bookmark),
 * levels 2 and 3 are sections inside it.
 *
 * @param level 1, 2 or 3
 * @param text plain text
 */
public record Heading(int level, String text) implements Block {

	/** The deepest level. */
	public static final int MAX_LEVEL = 3;

	public Heading {
		if (level < 1 || level > MAX_LEVEL) {
			throw new IllegalArgumentException("Heading level must be 1 to " + MAX_LEVEL + ", was " + level);
		}
		Objects.requireNonNull(text, "text");
	}

}
