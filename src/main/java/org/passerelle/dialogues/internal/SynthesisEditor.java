package org.passerelle.dialogues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.DialogueNotFoundException;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.kernel.ConflictException;
import org.passerelle.kernel.text.RichText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes a dialogue's synthesis. The published synthesis is read by whoever may
 * see the dialogue; the draft, the edits and publishing are for the dialogue's moderators
 * and organisers (see {@link DialoguePermissions#canModerate(Dialogue)}).
 */
@Service
@Transactional
public class SynthesisEditor {

	private final DialogueReader reader;

	private final SynthesisRepository syntheses;

	private final DialoguePermissions permissions;

	private final DialogueClock clock;

	SynthesisEditor(DialogueReader reader, SynthesisRepository syntheses, DialoguePermissions permissions,
			DialogueClock clock) {
		this.reader = reader;
		this.syntheses = syntheses;
		this.permissions = permissions;
		this.clock = clock;
	}

	/**
	 * The synthesis of a dialogue as the current user may read it: the dialogue, its
	 * synthesis (none before anyone wrote one), and whether the user may edit it.
	 * @throws DialogueNotFoundException if the user may not see the dialogue, or may see
	 * only a published synthesis and there is none
	 */
	@Transactional(readOnly = true)
	public Readable readable(String slug) {
		Dialogue dialogue = this.reader.get(slug);
		boolean canEdit = this.permissions.canModerate(dialogue);
		Optional<Synthesis> synthesis = this.syntheses.findByDialogueId(dialogue.getId());
		if (!canEdit && synthesis.filter(Synthesis::isPublished).isEmpty()) {
			throw new DialogueNotFoundException(slug + "/synthesis");
		}
		return new Readable(dialogue, synthesis.orElse(null), canEdit);
	}

	/** Whether the dialogue has a published synthesis. */
	@Transactional(readOnly = true)
	public boolean isPublished(Dialogue dialogue) {
		return this.syntheses.findByDialogueId(dialogue.getId()).filter(Synthesis::isPublished).isPresent();
	}

	/**
	 * The dialogue and its synthesis for editing.
	 * @throws AccessDeniedException unless the user moderates or organises the dialogue
	 */
	@Transactional(readOnly = true)
	public Readable editable(String slug) {
		Readable readable = readable(slug);
		if (!readable.canEdit()) {
			throw new AccessDeniedException("Only the organisers and moderators edit the synthesis of " + slug);
		}
		return readable;
	}

	/**
	 * Saves the introduction and the summaries (sanitised; blank ones dropped).
	 * @param expectedVersion the version the form was built from, {@code null} when there
	 * was no synthesis yet
	 * @param summaries round and question → rich text
	 * @throws ConflictException if someone saved the synthesis meanwhile
	 * @throws DialogueRejectedException if a text is too long or names an unknown
	 * question
	 */
	public void save(String slug, Long expectedVersion, String introduction, Map<QuestionKey, String> summaries) {
		Readable readable = editable(slug);
		Dialogue dialogue = readable.dialogue();
		List<DialogueProblem> problems = new ArrayList<>();
		String intro = clean(introduction);
		if (RichText.visibleLength(intro) > Synthesis.TEXT_MAX) {
			problems.add(DialogueProblem.of("introduction", "dialogues.problem.tooLong", Synthesis.TEXT_MAX));
		}
		List<SynthesisSummary> kept = new ArrayList<>();
		summaries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			QuestionKey key = e.getKey();
			String text = clean(e.getValue());
			if (dialogue.round(key.round()).filter(r -> r.hasQuestion(key.question())).isEmpty()) {
				problems.add(DialogueProblem.of(key.field(), "dialogues.synthesis.unknownQuestion",
						key.round() + "." + key.question()));
			}
			else if (RichText.visibleLength(text) > Synthesis.TEXT_MAX) {
				problems.add(DialogueProblem.of(key.field(), "dialogues.problem.tooLong", Synthesis.TEXT_MAX));
			}
			else if (text != null) {
				kept.add(new SynthesisSummary(key.round(), key.question(), text));
			}
		});
		if (!problems.isEmpty()) {
			throw new DialogueRejectedException(problems);
		}
		Synthesis synthesis = readable.synthesis();
		long current = synthesis == null ? -1 : synthesis.getVersion();
		if (expectedVersion == null ? synthesis != null : expectedVersion != current) {
			throw new ConflictException("The synthesis of " + slug + " was changed meanwhile");
		}
		if (synthesis == null) {
			synthesis = new Synthesis(dialogue.getId(), this.clock.now());
		}
		else {
			synthesis = this.syntheses.findById(synthesis.getId()).orElseThrow();
		}
		synthesis.edit(intro, kept, userId(), this.clock.now());
		this.syntheses.saveAndFlush(synthesis);
	}

	/**
	 * Publishes the synthesis: whoever may see the dialogue may then read it. Publishing
	 * an empty synthesis creates it.
	 */
	public void publish(String slug) {
		Readable readable = editable(slug);
		Synthesis synthesis = readable.synthesis() == null
				? new Synthesis(readable.dialogue().getId(), this.clock.now())
				: this.syntheses.findById(readable.synthesis().getId()).orElseThrow();
		synthesis.publish(userId(), this.clock.now());
		this.syntheses.saveAndFlush(synthesis);
	}

	private Long userId() {
		return this.permissions.user().map(CurrentUser::id).orElse(null);
	}

	private static String clean(String html) {
		if (html == null || RichText.isBlank(html)) {
			return null;
		}
		return ContributionText.toRichText(html);
	}

	/**
	 * A dialogue's synthesis as a user may read it.
	 *
	 * @param dialogue the dialogue, its rounds loaded
	 * @param synthesis its synthesis, or {@code null} when none was written
	 * @param canEdit whether the user may edit and publish it
	 */
	public record Readable(Dialogue dialogue, Synthesis synthesis, boolean canEdit) {
	}

	/**
	 * A question of a dialogue: round number and question number in the round.
	 *
	 * @param round the round's number
	 * @param question the question's number, from 1
	 */
	public record QuestionKey(int round, int question) implements Comparable<QuestionKey> {

		/** The form field of its summary, {@code summaries[2-1]}. */
		public String field() {
			return "summaries[" + this.round + "-" + this.question + "]";
		}

		@Override
		public int compareTo(QuestionKey other) {
			return this.round != other.round ? Integer.compare(this.round, other.round)
					: Integer.compare(this.question, other.question);
		}

	}

}
