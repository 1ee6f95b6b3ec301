package org.passerelle.actors.internal;

/** The change would leave an organisation that has editors without any. */
public class LastEditorException extends RuntimeException {

	public LastEditorException(long organisationId) {
		super("Organisation " + organisationId + " would be left without an editor");
	}

}
