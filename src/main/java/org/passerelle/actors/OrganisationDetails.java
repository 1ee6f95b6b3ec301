package org.passerelle.actors;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Everything public about an organisation.
 *
 * @param id the organisation's id
 * @param name its name
 * @param acronym its acronym, or {@code null}
 * @param type its {@code organisation-type} code
 * @param level its governance {@code level} code
 * @param country ISO 3166-1 alpha-2 code of its country (or seat), or {@code null}
 * @param territoryId the kernel territory it belongs to, or {@code null}
 * @param description plain text with paragraphs separated by blank lines, or {@code null}
 * @param descriptionLanguage the language tag the description is written in, or
 * {@code null}
 * @param website its web address (http or https), or {@code null}
 * @param createdAt when it was added to the directory
 * @param updatedAt when it was last changed
 * @param version the optimistic-locking version, to send back with a change
 */
public record OrganisationDetails(long id, String name, String acronym, String type, String level, String country,
		String territoryId, String description, String descriptionLanguage, String website, Instant createdAt,
		Instant updatedAt, long version) {

	/** The description's paragraphs, for display; empty without a description. */
	public List<String> paragraphs() {
		if (this.description == null) {
			return List.of();
		}
		return Arrays.stream(this.description.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	/** The same organisation as a list entry. */
	public OrganisationSummary summary() {
		return new OrganisationSummary(this.id, this.name, this.acronym, this.type, this.level, this.country,
				this.territoryId);
	}

}
