package org.passerelle.dialogues;

import org.passerelle.kernel.NotFoundException;

/** No common position with that address, or not one the user may see. */
public class PositionNotFoundException extends NotFoundException {

	public PositionNotFoundException(Object position) {
		super("common position", position);
	}

}
