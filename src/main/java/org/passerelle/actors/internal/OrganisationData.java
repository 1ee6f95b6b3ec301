package org.passerelle.actors.internal;

/**
 * What an editor gives for an organisation, already validated and normalised (blank
 * values are {@code null}, codes as in the taxonomies, country in upper case).
 *
 * @param name the name in its usual language
 * @param acronym optional acronym
 * @param type an {@code organisation-type} code
 * @param level a {@code level} code
 * @param country ISO 3166-1 alpha-2 code of the country (or seat), optional
 * @param territoryId kernel territory id ({@code nuts:FRH03}, {@code iso:SN}), optional
 * @param description plain text, paragraphs separated by blank lines, optional
 * @param descriptionLanguage language tag of the description
 * @param website http or https address, optional
 */
public record OrganisationData(String name, String acronym, String type, String level, String country,
		String territoryId, String description, String descriptionLanguage, String website) {
}
