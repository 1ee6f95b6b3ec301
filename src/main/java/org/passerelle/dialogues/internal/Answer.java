package org.passerelle.dialogues.internal;

/**
 * The answer to one question of a round.
 *
 * @param question the question's number in its round, from 1 ({@code 0} for the text of a
 * reply, which answers no question)
 * @param text sanitised rich text
 */
public record Answer(int question, String text) {

	/** The question number a reply's text carries. */
	public static final int REPLY = 0;

}
