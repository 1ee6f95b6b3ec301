package org.passerelle.dialogues;

/**
 * A round of a dialogue has opened: published once per round, by the scheduled job that
 * watches the clock (on one node only).
 *
 * @param dialogueId the dialogue's id
 * @param roundNumber the round's number, from 1
 */
public record RoundOpened(long dialogueId, int roundNumber) {
}
