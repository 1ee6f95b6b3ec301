package org.passerelle.dialogues;

import org.passerelle.kernel.NotFoundException;

/** No dialogue with that address, or not one the user may see. */
public class DialogueNotFoundException extends NotFoundException {

	public DialogueNotFoundException(String slug) {
		super("dialogue", slug);
	}

}
