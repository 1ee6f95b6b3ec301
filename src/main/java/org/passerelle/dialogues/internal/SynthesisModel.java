package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.List;

import org.passerelle.dialogues.SynthesisStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A dialogue's synthesis, assembled by {@link SynthesisBuilder} for the page, the
 * downloads and the API: the moderators' texts, and what the published contributions
 * show, per round and question.
 *
 * @param slug the dialogue's address
 * @param title the dialogue's title
 * @param status where the synthesis stands ({@code DRAFT} before anyone wrote one)
 * @param introduction sanitised rich text, or {@code null}
 * @param publishedAt when it was first published, or {@code null}
 * @param updatedAt when the texts were last saved, or {@code null}
 * @param version the synthesis' version for an edit, or {@code null} before the first
 * @param contributions how many published contributions (replies included)
 * @param figures the figures over the whole dialogue
 * @param rounds the rounds, in order (all of them, even those without contributions)
 */
public record SynthesisModel(String slug, String title, SynthesisStatus status, String introduction,
		Instant publishedAt, Instant updatedAt, Long version, int contributions, Figures figures,
		List<RoundPart> rounds) {

	/**
	 * A round's part of the synthesis.
	 *
	 * @param number the round's number
	 * @param title its title, or {@code null}
	 * @param contributions how many published contributions it received (replies
	 * included)
	 * @param figures the figures over these contributions
	 * @param questions its questions, in order
	 */
	public record RoundPart(int number, String title, int contributions, Figures figures,
			List<QuestionPart> questions) {
	}

	/**
	 * A question's part of the synthesis.
	 *
	 * @param round the round's number
	 * @param number the question's number in its round
	 * @param text the question
	 * @param summary the moderators' summary (sanitised rich text), or {@code null}
	 * @param concepts the thesaurus concepts most often named in its answers, most
	 * frequent first
	 * @param places the territories named in its answers, most frequent first
	 * @param practices the published practices named in its answers, most frequent first
	 * @param contributions its answers, oldest first, each with its replies
	 */
	public record QuestionPart(int round, int number, String text, String summary, List<Count> concepts,
			List<Count> places, List<Count> practices, List<Item> contributions) {
	}

	/**
	 * Counts of contributions by country, governance level and type of their
	 * organisation, by language and by channel, largest first.
	 */
	public record Figures(List<Count> byCountry, List<Count> byLevel, List<Count> byOrganisationType,
			List<Count> byLanguage, List<Count> byChannel) {
	}

	/**
	 * How many contributions have something.
	 *
	 * @param code the code: an ISO country code, a taxonomy code, a language tag, a
	 * channel, a concept or territory id, a practice id; {@code unspecified} for
	 * contributions without it
	 * @param label its name in the reader's language
	 * @param count how many contributions
	 */
	public record Count(String code, String label, long count) {
	}

	/**
	 * A published contribution's answer to a question (or a reply).
	 *
	 * @param id the contribution's id
	 * @param organisationId its organisation, or {@code null}
	 * @param organisation the organisation's name, or {@code null}
	 * @param language its language tag
	 * @param channel how it arrived ({@code WEB}, {@code EMAIL})
	 * @param html sanitised rich text
	 * @param text the same as plain text
	 * @param concepts labels of the concepts named in it
	 * @param places the territories named in it
	 * @param practices the practices named in it
	 * @param draft what a practice draft made from it would hold
	 * @param replies its published replies, oldest first
	 */
	public record Item(long id, Long organisationId, String organisation, String language, String channel, String html,
			String text, List<Count> concepts, List<Count> places, List<Count> practices, PracticeDraft draft,
			List<Item> replies) {
	}

	/**
	 * What was detected in a contribution, to prefill a practice draft.
	 *
	 * @param title the first sentence
	 * @param summary the text
	 * @param language its language
	 * @param countries ISO codes of the countries named (or of its organisation)
	 * @param territories ids of the other territories named
	 * @param themes theme codes of the concepts named
	 * @param lead its organisation's id, or {@code null}
	 */
	public record PracticeDraft(String title, String summary, String language, List<String> countries,
			List<String> territories, List<String> themes, Long lead) {

		/** The address of the new-practice form prefilled with the draft. */
		public String url() {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/practices/new")
				.queryParam("title", this.title)
				.queryParam("summary", this.summary)
				.queryParam("language", this.language);
			this.countries.forEach(c -> url.queryParam("country", c));
			this.territories.forEach(t -> url.queryParam("territory", t));
			this.themes.forEach(t -> url.queryParam("theme", t));
			if (this.lead != null) {
				url.queryParam("lead", this.lead);
			}
			return url.encode().build().toUriString();
		}

	}

}
