package org.passerelle.actors;

/**
 * An organisation in a list or a picker.
 *
 * @param id the organisation's id, by which other modules refer to it
 * @param name its name
 * @param acronym its acronym, or {@code null}
 * @param type its {@code organisation-type} code
 * @param level its governance {@code level} code
 * @param country ISO 3166-1 alpha-2 code of its country (or seat), or {@code null}
 * @param territoryId the kernel territory it belongs to ({@code nuts:FRH03}), or
 * {@code null}
 */
public record OrganisationSummary(long id, String name, String acronym, String type, String level, String country,
		String territoryId) {

	/** The name followed by the acronym in brackets, when there is one. */
	public String displayName() {
		return this.acronym == null ? this.name : this.name + " (" + this.acronym + ")";
	}

}
