package org.passerelle.actors.internal;

import org.passerelle.kernel.ConflictException;

/** The change would leave an organisation that has editors without any. */
public class LastEditorException extends ConflictException {

	public LastEditorException(long organisationId) {
		super("Organisation " + organisationId + " would be left without an editor");
	}

}
