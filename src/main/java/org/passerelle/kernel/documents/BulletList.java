package org.passerelle.kernel.documents;

import java.util.List;

/**
 * A bulleted list.
 *
 * @param items plain text of each item, in order
 */
public record BulletList(List<String> items) implements Block {

	public BulletList {
		items = List.copyOf(items);
	}

}
