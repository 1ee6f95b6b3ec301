package org.passerelle.practices;

import org.passerelle.kernel.NotFoundException;

/** No practice has that id, or the reader may not see it; rendered as a 404. */
public class PracticeNotFoundException extends NotFoundException {

	public PracticeNotFoundException(long id) {
		super("practice", id);
	}

}
