package org.passerelle.actors;

import java.util.Locale;

import org.passerelle.actors.internal.NameText;

/**
 * An organisation as content written elsewhere names it: by its name and country rather
 * than by id (imports of practices, later of projects). Two names are equal when they
 * differ only by case, accents, hyphens, blanks or the style of their apostrophes
 * ({@code "Commune d’Oujda"} and {@code "commune d'oujda"}) and have the same country.
 *
 * @param name the name as written, without surrounding blanks
 * @param country ISO 3166-1 alpha-2 code in upper case, or {@code null} for an
 * organisation without a country (international organisations)
 */
public record OrganisationName(String name, String country) {

	public OrganisationName {
		name = name == null ? "" : name.strip();
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
	}

	/** The form in which equal names are identical: folded name, a bar, the country. */
	public String key() {
		return NameText.matchKey(this.name) + "|" + (this.country == null ? "" : this.country);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OrganisationName that && key().equals(that.key());
	}

	@Override
	public int hashCode() {
		return key().hashCode();
	}

}
