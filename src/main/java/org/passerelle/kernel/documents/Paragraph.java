package org.passerelle.kernel.documents;

import java.util.Objects;

/**
 * A paragraph of plain text; line breaks inside it are kept.
 *
 * @param text plain text, never interpreted as markup
 */
public record Paragraph(String text) implements Block {

	public Paragraph {
		Objects.requireNonNull(text, "text");
	}

}
