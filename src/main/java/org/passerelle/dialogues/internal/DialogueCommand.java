package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;

/**
 * What a dialogue should become, as a form or an import gives it; {@link DialogueEditor}
 * checks it.
 *
 * @param title the title
 * @param description rich text (sanitised by the editor), or {@code null}
 * @param languages language codes among {@link Dialogue#LANGUAGES}
 * @param visibility who may see it
 * @param moderationPolicy before or after publication
 * @param organiserIds organising organisations (at least one)
 * @param invitedIds invited organisations (kept only when visibility is INVITED)
 * @param rounds the timeline, in order
 */
public record DialogueCommand(String title, String description, List<String> languages, DialogueVisibility visibility,
		ModerationPolicy moderationPolicy, Set<Long> organiserIds, Set<Long> invitedIds, List<RoundCommand> rounds) {

	public DialogueCommand {
		languages = List.copyOf(languages);
		organiserIds = Set.copyOf(organiserIds);
		invitedIds = Set.copyOf(invitedIds);
		rounds = List.copyOf(rounds);
	}

	/**
	 * One round of the timeline.
	 *
	 * @param title an optional title, such as Week 1
	 * @param opensAt when it opens
	 * @param closesAt when it closes (after it opens)
	 * @param questions its questions, in order (at least one)
	 */
	public record RoundCommand(String title, Instant opensAt, Instant closesAt, List<String> questions) {

		public RoundCommand {
			questions = List.copyOf(questions);
		}

	}

}
