package org.passerelle.actors.internal;

import java.util.Locale;

import org.passerelle.actors.OrganisationRegistry;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrganisationRegistry} on the directory's own table: the same rules as the form
 * for names and codes, no membership.
 */
@Service
@Transactional
class OrganisationRegistration implements OrganisationRegistry {

	private final OrganisationRepository organisations;

	private final Taxonomies taxonomies;

	private final Territories territories;

	OrganisationRegistration(OrganisationRepository organisations, Taxonomies taxonomies, Territories territories) {
		this.organisations = organisations;
		this.taxonomies = taxonomies;
		this.territories = territories;
	}

	@Override
	public long register(String name, String acronym, String type, String level, String country) {
		String cleanName = clean(name);
		String cleanAcronym = clean(acronym);
		String cleanCountry = clean(country);
		if (cleanName == null || cleanName.length() > NAME_MAX) {
			throw new IllegalArgumentException("name must have 1 to " + NAME_MAX + " characters: " + name);
		}
		if (cleanAcronym != null && cleanAcronym.length() > ACRONYM_MAX) {
			throw new IllegalArgumentException("acronym must have at most " + ACRONYM_MAX + " characters: " + acronym);
		}
		if (type == null || !this.taxonomies.exists(Taxonomies.ORGANISATION_TYPE, type)) {
			throw new IllegalArgumentException("unknown organisation type: " + type);
		}
		if (level == null || !this.taxonomies.exists(Taxonomies.LEVEL, level)) {
			throw new IllegalArgumentException("unknown level: " + level);
		}
		if (cleanCountry != null) {
			cleanCountry = cleanCountry.toUpperCase(Locale.ROOT);
			if (this.territories.find("iso:" + cleanCountry).isEmpty()) {
				throw new IllegalArgumentException("unknown country: " + country);
			}
		}
		OrganisationData data = new OrganisationData(cleanName, cleanAcronym, type, level, cleanCountry, null, null,
				null, null);
		return this.organisations.save(new Organisation(data, null)).getId();
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
