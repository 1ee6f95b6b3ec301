package org.passerelle.dialogues;

/** Who may see a dialogue and take part in it. */
public enum DialogueVisibility {

	/** Everyone reads it; signed-in members contribute. */
	PUBLIC,

	/** Only signed-in members read it and contribute. */
	MEMBERS,

	/** Only members of the organisers and of the invited organisations. */
	INVITED

}
