package org.passerelle.actors;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.internal.Organisation;
import org.passerelle.actors.internal.OrganisationData;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds organisations to the directory on behalf of other modules' imports, which name
 * organisations ({@link OrganisationName}) instead of giving their ids. The caller looks
 * the name up first ({@link OrganisationDirectory#findByNames}) and registers only the
 * organisations that are missing. No one becomes the new organisation's editor: its
 * members claim it through the usual pages.
 */
@Service
@Transactional
public class OrganisationRegistry {

	/** Longest name accepted, in characters. */
	public static final int NAME_MAX = 300;

	/** Longest acronym accepted, in characters. */
	public static final int ACRONYM_MAX = 40;

	private final OrganisationRepository organisations;

	private final Taxonomies taxonomies;

	private final Territories territories;

	private final Accounts accounts;

	OrganisationRegistry(OrganisationRepository organisations, Taxonomies taxonomies, Territories territories,
			Accounts accounts) {
		this.organisations = organisations;
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.accounts = accounts;
	}

	/**
	 * Whether the directory accepts an organisation with these values: a name of 1 to
	 * {@value #NAME_MAX} characters, an {@code organisation-type} and a {@code level}
	 * code of the kernel taxonomies, a known country or none.
	 */
	@Transactional(readOnly = true)
	public boolean accepts(OrganisationName name, String type, String level) {
		return !name.name().isEmpty() && name.name().length() <= NAME_MAX
				&& this.taxonomies.exists(Taxonomies.ORGANISATION_TYPE, type)
				&& this.taxonomies.exists(Taxonomies.LEVEL, level)
				&& (name.country() == null || this.territories.find("iso:" + name.country()).isPresent());
	}

	/**
	 * Adds an organisation with only its name, type, level and country, recorded as added
	 * by the current user if any (nobody for the command line).
	 * @return the new organisation
	 * @throws IllegalArgumentException if the directory does not {@link #accepts accept}
	 * these values
	 */
	public OrganisationSummary register(OrganisationName name, String type, String level) {
		if (!accepts(name, type, level)) {
			throw new IllegalArgumentException("Cannot add organisation '" + name.name() + "' (type " + type
					+ ", level " + level + ", country " + name.country() + ")");
		}
		Long createdBy = this.accounts.current().map(CurrentUser::id).orElse(null);
		Organisation saved = this.organisations.save(new Organisation(
				new OrganisationData(name.name(), null, type, level, name.country(), null, null, null, null),
				createdBy));
		return new OrganisationSummary(saved.getId(), saved.getName(), null, saved.getType(), saved.getLevel(),
				saved.getCountry(), null);
	}

	/**
	 * Adds an organisation for trusted server-side code without a signed-in user (the
	 * practice data generator), checking its values as the form would.
	 * @param name its name in its usual language, required
	 * @param acronym optional
	 * @param type an {@code organisation-type} code
	 * @param level a governance {@code level} code
	 * @param country ISO 3166-1 alpha-2 code of its country (or seat), optional
	 * @return the new organisation's id
	 * @throws IllegalArgumentException if a value breaks a rule; the message names it
	 */
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
			cleanCountry = cleanCountry.toUpperCase(java.util.Locale.ROOT);
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
