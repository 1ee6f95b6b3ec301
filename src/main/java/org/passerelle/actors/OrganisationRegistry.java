package org.passerelle.actors;

/**
 * Adds organisations to the directory from trusted server-side code that runs without a
 * signed-in user: command-line imports and the practice data generator. Unlike the pages
 * and the API, it checks no permission and makes nobody an editor of the new
 * organisation; it does check the values, as the form would.
 */
public interface OrganisationRegistry {

	/** Longest name accepted, in characters. */
	int NAME_MAX = 300;

	/** Longest acronym accepted, in characters. */
	int ACRONYM_MAX = 40;

	/**
	 * Adds an organisation and makes it searchable when the transaction commits.
	 * @param name its name in its usual language, required
	 * @param acronym optional
	 * @param type an {@code organisation-type} code
	 * @param level a governance {@code level} code
	 * @param country ISO 3166-1 alpha-2 code of its country (or seat), optional
	 * @return the new organisation's id
	 * @throws IllegalArgumentException if a value breaks a rule; the message names it
	 */
	long register(String name, String acronym, String type, String level, String country);

}
