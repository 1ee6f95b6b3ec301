package org.passerelle.actors.internal;

import org.passerelle.kernel.search.Analyzers;

/**
 * Names of the index fields of {@link Organisation}, shared by the mapping and the
 * queries.
 */
final class OrganisationFields {

	static final String NAME = "name";

	static final String NAME_AUTOCOMPLETE = "name_autocomplete";

	static final String NAME_SORT = "name_sort";

	static final String ACRONYM = "acronym";

	static final String ACRONYM_AUTOCOMPLETE = "acronym_autocomplete";

	static final String TYPE = "type";

	static final String LEVEL = "level";

	static final String COUNTRY = "country";

	static final String TERRITORY = "territory";

	private static final String DESCRIPTION_PREFIX = "description_";

	private OrganisationFields() {
	}

	/** The description field analysed with the given analyzer ({@link Analyzers}). */
	static String description(String analyzer) {
		return DESCRIPTION_PREFIX + analyzer;
	}

	/**
	 * Every description field: one per content language, plus one for other languages.
	 */
	static String[] descriptions() {
		return java.util.stream.Stream.concat(Analyzers.LANGUAGES.stream(), java.util.stream.Stream.of(Analyzers.NAME))
			.map(OrganisationFields::description)
			.toArray(String[]::new);
	}

}
