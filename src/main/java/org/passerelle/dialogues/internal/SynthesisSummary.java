package org.passerelle.dialogues.internal;

/**
 * The moderators' summary of the answers to one question.
 *
 * @param round the round's number
 * @param question the question's number in its round, from 1
 * @param text sanitised rich text
 */
public record SynthesisSummary(int round, int question, String text) {
}
