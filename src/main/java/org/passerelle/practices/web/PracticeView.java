package org.passerelle.practices.web;

import java.util.List;

import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.web.PracticeLabels.Option;

/**
 * A practice as its page shows it: codes as labels in the reader's language, rich text
 * sanitised again for rendering, and the texts in the language chosen for the reader (the
 * original or a translation).
 *
 * @param id the practice's id
 * @param status where it stands in the workflow
 * @param returnReason why a moderator returned it, or {@code null}
 * @param language the original language's tag
 * @param languageName the original language's name, as written in a sentence of the
 * reader's language
 * @param shown the language of the title, summary and description shown
 * @param shownName that language's name, as written in a sentence
 * @param title the title in the shown language
 * @param summary the summary's paragraphs in the shown language
 * @param descriptionHtml the description in the shown language, sanitised HTML, or
 * {@code null}
 * @param lead the lead organisation, or {@code null}
 * @param partners the partners and their roles
 * @param countries countries, code and name
 * @param territories territories where it is implemented, id and name
 * @param originTerritories territories of origin, id and name
 * @param levels governance levels
 * @param themes themes
 * @param targetGroups target groups
 * @param gcmObjectives GCM objectives, number and short title
 * @param sdgTargets SDG targets, code and text
 * @param startYear first year, or {@code null}
 * @param endYear last year, or {@code null}
 * @param budget the budget in words, or {@code null}
 * @param fundingSources funders in words, or {@code null}
 * @param resultsHtml sanitised HTML, or {@code null}
 * @param lessonsHtml sanitised HTML, or {@code null}
 * @param transferabilityHtml sanitised HTML, or {@code null}
 * @param links web addresses
 * @param readIn the other languages it can be read in, with the value of the {@code lang}
 * parameter that shows each
 * @param publishedOn when it was first published, formatted, or {@code null}
 * @param updatedOn when it last changed, formatted
 * @param actions what the reader may do with it
 */
public record PracticeView(long id, PracticeStatus status, String returnReason, String language, String languageName,
		String shown, String shownName, String title, List<String> summary, String descriptionHtml, Organisation lead,
		List<Organisation> partners, List<Option> countries, List<Option> territories, List<Option> originTerritories,
		List<Option> levels, List<Option> themes, List<Option> targetGroups, List<Option> gcmObjectives,
		List<Option> sdgTargets, Integer startYear, Integer endYear, String budget, String fundingSources,
		String resultsHtml, String lessonsHtml, String transferabilityHtml, List<String> links,
		List<LanguageLink> readIn, String publishedOn, String updatedOn, Actions actions) {

	/** Whether a translation is shown rather than the original texts. */
	public boolean translated() {
		return !this.shown.equals(this.language);
	}

	/** Whether everyone may read it (published or archived). */
	public boolean isPublic() {
		return this.status == PracticeStatus.PUBLISHED || this.status == PracticeStatus.ARCHIVED;
	}

	/** Whether the period is known. */
	public boolean hasPeriod() {
		return this.startYear != null || this.endYear != null;
	}

	/**
	 * An organisation named on the practice.
	 *
	 * @param id its actors id
	 * @param name its name (with its acronym), or {@code null} if it no longer exists
	 * @param role its role, for a partner, or {@code null}
	 */
	public record Organisation(long id, String name, String role) {
	}

	/**
	 * Another language the practice can be read in.
	 *
	 * @param language its tag
	 * @param name its name in the reader's language
	 * @param parameter the value of {@code lang} that shows it ({@code original} for the
	 * original)
	 * @param original whether it is the original language
	 */
	public record LanguageLink(String language, String name, String parameter, boolean original) {
	}

	/**
	 * What the reader may do with the practice.
	 *
	 * @param edit change its content
	 * @param submit send it to the moderators
	 * @param archive take it out of the search
	 * @param restore bring it back
	 */
	public record Actions(boolean edit, boolean submit, boolean archive, boolean restore) {

		/** Whether there is at least one. */
		public boolean any() {
			return this.edit || this.submit || this.archive || this.restore;
		}

	}

}
