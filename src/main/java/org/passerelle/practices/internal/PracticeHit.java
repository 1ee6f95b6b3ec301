package org.passerelle.practices.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.passerelle.practices.internal.PracticeContent.TranslatedText;

/**
 * A published practice found by {@link PracticeSearch}, with what lists, exports and
 * feeds show of it.
 *
 * @param id the practice's id
 * @param externalId the import identifier, or {@code null}
 * @param language the original language
 * @param title the title in the original language
 * @param summary the summary in the original language
 * @param translations title, summary and description in other languages
 * @param themes theme codes
 * @param countries ISO country codes
 * @param levels level codes
 * @param gcmObjectives GCM objective numbers
 * @param sdgTargets SDG target codes
 * @param targetGroups target group codes
 * @param startYear first year, or {@code null}
 * @param endYear last year, or {@code null}
 * @param leadOrganisationId the lead organisation (actors id), or {@code null}
 * @param publishedAt when it was first published
 * @param updatedAt when it last changed
 * @param score how well it matches the words (higher is better); 0 without words
 * @param highlights passages of the title, summary and description where the words were
 * found: HTML, every character of the text escaped, the words in {@code <mark>}
 */
public record PracticeHit(long id, String externalId, String language, String title, String summary,
		Map<String, TranslatedText> translations, List<String> themes, List<String> countries, List<String> levels,
		List<Integer> gcmObjectives, List<String> sdgTargets, List<String> targetGroups, Integer startYear,
		Integer endYear, Long leadOrganisationId, Instant publishedAt, Instant updatedAt, double score,
		List<String> highlights) {

	static PracticeHit of(Practice p, Float score, List<String> highlights) {
		double value = (score == null || score.isNaN() || score.isInfinite()) ? 0 : score;
		return new PracticeHit(p.getId(), p.getExternalId(), p.getLanguage(), p.getTitle(), p.getSummary(),
				p.getTranslations(), p.getThemes(), p.getCountries(), p.getLevels(), p.getGcmObjectives(),
				p.getSdgTargets(), p.getTargetGroups(), p.getStartYear(), p.getEndYear(), p.getLeadOrganisationId(),
				p.getPublishedAt(), p.getUpdatedAt(), value, List.copyOf(highlights));
	}

	/** The same practice with these passages highlighted. */
	PracticeHit withHighlights(List<String> fragments) {
		return new PracticeHit(this.id, this.externalId, this.language, this.title, this.summary, this.translations,
				this.themes, this.countries, this.levels, this.gcmObjectives, this.sdgTargets, this.targetGroups,
				this.startYear, this.endYear, this.leadOrganisationId, this.publishedAt, this.updatedAt, this.score,
				List.copyOf(fragments));
	}

	/**
	 * The language the reader sees the practice in: the reader's own if it has a
	 * translation there, else the original.
	 */
	public String languageFor(String readerLanguage) {
		TranslatedText translation = translation(readerLanguage);
		return translation != null ? readerLanguage : this.language;
	}

	/** The title in the reader's language if translated, else the original title. */
	public String titleFor(String readerLanguage) {
		TranslatedText translation = translation(readerLanguage);
		return translation != null ? translation.title() : this.title;
	}

	/** The summary in the reader's language if translated, else the original summary. */
	public String summaryFor(String readerLanguage) {
		TranslatedText translation = translation(readerLanguage);
		return translation != null && translation.summary() != null ? translation.summary() : this.summary;
	}

	/** Whether the reader sees a translation rather than the original. */
	public boolean isTranslatedFor(String readerLanguage) {
		return translation(readerLanguage) != null;
	}

	private TranslatedText translation(String readerLanguage) {
		if (readerLanguage == null || readerLanguage.equals(this.language)) {
			return null;
		}
		TranslatedText translation = this.translations.get(readerLanguage);
		return translation == null || translation.title() == null || translation.title().isBlank() ? null : translation;
	}

}
