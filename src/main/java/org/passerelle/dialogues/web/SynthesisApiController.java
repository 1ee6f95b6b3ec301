package org.passerelle.dialogues.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.passerelle.dialogues.SynthesisStatus;
import org.passerelle.dialogues.internal.SynthesisBuilder;
import org.passerelle.dialogues.internal.SynthesisEditor;
import org.passerelle.dialogues.internal.SynthesisEditor.Readable;
import org.passerelle.dialogues.internal.SynthesisModel;
import org.passerelle.dialogues.internal.SynthesisModel.Count;
import org.passerelle.dialogues.internal.SynthesisModel.Figures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/dialogues/{slug}/synthesis}: a dialogue's synthesis as JSON (the
 * moderators' introduction and summaries, the figures, and per question the recurring
 * concepts, places and practices), labels in the request's language. The published
 * synthesis is open to whoever may see the dialogue, the draft to its moderators and
 * organisers; otherwise 404.
 */
@RestController
class SynthesisApiController {

	private final SynthesisEditor editor;

	private final SynthesisBuilder builder;

	SynthesisApiController(SynthesisEditor editor, SynthesisBuilder builder) {
		this.editor = editor;
		this.builder = builder;
	}

	@GetMapping("/api/v1/dialogues/{slug}/synthesis")
	SynthesisJson synthesis(@PathVariable String slug, Locale locale) {
		Readable readable = this.editor.readable(slug);
		SynthesisModel s = this.builder.build(readable.dialogue(), readable.synthesis(), locale);
		return new SynthesisJson(s.slug(), s.title(), s.status(), s.publishedAt(), s.introduction(), s.contributions(),
				s.figures(),
				s.rounds()
					.stream()
					.map(r -> new RoundJson(r.number(), r.title(), r.contributions(), r.figures(),
							r.questions()
								.stream()
								.map(q -> new QuestionJson(q.number(), q.text(), q.summary(), q.contributions().size(),
										q.concepts(), q.places(), q.practices()))
								.toList()))
					.toList());
	}

	/**
	 * A dialogue's synthesis.
	 *
	 * @param slug the dialogue's address
	 * @param title its title
	 * @param status {@code DRAFT} or {@code PUBLISHED}
	 * @param publishedAt when it was first published, or {@code null}
	 * @param introduction the introduction (sanitised HTML), or {@code null}
	 * @param contributions how many published contributions, replies included
	 * @param figures the figures over the whole dialogue
	 * @param rounds the rounds in order
	 */
	record SynthesisJson(String slug, String title, SynthesisStatus status, Instant publishedAt, String introduction,
			int contributions, Figures figures, List<RoundJson> rounds) {
	}

	/**
	 * A round: its figures and questions.
	 *
	 * @param number its number
	 * @param title its title, or {@code null}
	 * @param contributions how many published contributions, replies included
	 * @param figures counts by country, level, organisation type, language and channel
	 * @param questions its questions in order
	 */
	record RoundJson(int number, String title, int contributions, Figures figures, List<QuestionJson> questions) {
	}

	/**
	 * A question: the moderators' summary and what its answers name.
	 *
	 * @param number its number in the round
	 * @param text the question
	 * @param summary the summary (sanitised HTML), or {@code null}
	 * @param answers how many published answers
	 * @param concepts the concepts most often named
	 * @param places the territories most often named
	 * @param practices the published practices named
	 */
	record QuestionJson(int number, String text, String summary, int answers, List<Count> concepts, List<Count> places,
			List<Count> practices) {
	}

}
