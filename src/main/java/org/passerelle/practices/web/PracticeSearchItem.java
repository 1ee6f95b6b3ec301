package org.passerelle.practices.web;

import java.util.List;

import org.passerelle.practices.internal.PracticeHit;

/**
 * A practice found, as the search API and the JSON export give it.
 *
 * @param id the practice's id ({@code /practices/{id}})
 * @param externalId the identifier it was imported with, or {@code null}
 * @param title the title in the original language
 * @param language BCP 47 tag of the original language
 * @param summary the summary in the original language
 * @param score how well it matches the words, higher is better (0 without words)
 * @param highlights passages where the words were found: HTML with everything escaped but
 * the {@code <mark>} around the words
 */
record PracticeSearchItem(long id, String externalId, String title, String language, String summary, double score,
		List<String> highlights) {

	static PracticeSearchItem of(PracticeHit hit) {
		return new PracticeSearchItem(hit.id(), hit.externalId(), hit.title(), hit.language(), hit.summary(),
				hit.score(), hit.highlights());
	}

}
