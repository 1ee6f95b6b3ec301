package org.passerelle.practices.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything an author gives for a practice, validated and normalised: blank values are
 * {@code null}, lists are never {@code null}, codes are the kernel's, rich-text fields
 * are HTML (sanitised when stored). The same content comes from the form, the API and the
 * JSON Lines import.
 *
 * @param language BCP 47 primary tag of the original language
 * @param title the title, plain text
 * @param summary a few sentences, plain text
 * @param description rich text
 * @param leadOrganisationId the lead organisation (actors id), optional
 * @param partners the other organisations and their roles
 * @param countries ISO 3166-1 alpha-2 codes of the countries where it is implemented
 * @param territories kernel territory ids where it is implemented
 * @param originTerritories territories of origin, for co-development
 * @param levels governance level codes involved
 * @param themes theme codes
 * @param gcmObjectives GCM objective numbers (1–23)
 * @param sdgTargets SDG target codes ({@code 10.7})
 * @param targetGroups target group codes
 * @param startYear first year, optional
 * @param endYear last year, optional (still running if {@code null})
 * @param budget the budget in words ("EUR 1.2 million over three years"), optional
 * @param fundingSources who funded it, in words, optional
 * @param results rich text, with figures
 * @param lessons rich text
 * @param transferability rich text: what another authority needs to do the same
 * @param links web addresses
 * @param translations title, summary and description in other languages, by language
 */
public record PracticeContent(String language, String title, String summary, String description,
		Long leadOrganisationId, List<PartnerRole> partners, List<String> countries, List<String> territories,
		List<String> originTerritories, List<String> levels, List<String> themes, List<Integer> gcmObjectives,
		List<String> sdgTargets, List<String> targetGroups, Integer startYear, Integer endYear, String budget,
		String fundingSources, String results, String lessons, String transferability, List<String> links,
		Map<String, TranslatedText> translations) {

	/** Longest partner role accepted, in characters. */
	public static final int ROLE_MAX = 120;

	public PracticeContent {
		partners = List.copyOf(partners == null ? List.of() : partners);
		countries = List.copyOf(countries == null ? List.of() : countries);
		territories = List.copyOf(territories == null ? List.of() : territories);
		originTerritories = List.copyOf(originTerritories == null ? List.of() : originTerritories);
		levels = List.copyOf(levels == null ? List.of() : levels);
		themes = List.copyOf(themes == null ? List.of() : themes);
		gcmObjectives = List.copyOf(gcmObjectives == null ? List.of() : gcmObjectives);
		sdgTargets = List.copyOf(sdgTargets == null ? List.of() : sdgTargets);
		targetGroups = List.copyOf(targetGroups == null ? List.of() : targetGroups);
		links = List.copyOf(links == null ? List.of() : links);
		translations = Map.copyOf(translations == null ? Map.of() : translations);
	}

	/** The lead organisation and the partners, lead first, without duplicates. */
	public java.util.Set<Long> organisationIds() {
		java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
		if (this.leadOrganisationId != null) {
			ids.add(this.leadOrganisationId);
		}
		this.partners.forEach(p -> ids.add(p.organisationId()));
		return ids;
	}

	/**
	 * A partner organisation and its role.
	 *
	 * @param organisationId actors id
	 * @param role in a few words, optional
	 */
	public record PartnerRole(long organisationId, String role) {
	}

	/**
	 * The translatable texts in one language.
	 *
	 * @param title plain text
	 * @param summary plain text
	 * @param description rich text, optional
	 */
	public record TranslatedText(String title, String summary, String description) {
	}

}
