package org.passerelle.practices.internal;

import java.util.List;
import java.util.stream.Stream;

import org.passerelle.kernel.search.Analyzers;

/**
 * Names of the index fields of {@link Practice}, shared by the mapping and the queries.
 * Texts are indexed once per analyzer: a practice's French texts go to {@code title_fr},
 * {@code summary_fr} and {@code body_fr}, its English translation to {@code title_en}…;
 * texts in a language without an analyzer go to the {@code _name} fields.
 */
public final class PracticeFields {

	public static final String EXTERNAL_ID = "externalId";

	public static final String STATUS = "status";

	public static final String LANGUAGE = "language";

	/** Every language the practice can be read in (original and translations). */
	public static final String LANGUAGES = "languages";

	public static final String ORGANISATION = "organisation";

	public static final String ORGANISATION_TYPE = "organisationType";

	public static final String COUNTRY = "country";

	public static final String TERRITORY = "territory";

	public static final String ORIGIN_TERRITORY = "originTerritory";

	public static final String LEVEL = "level";

	public static final String THEME = "theme";

	public static final String GCM = "gcm";

	public static final String SDG = "sdg";

	public static final String TARGET_GROUP = "targetGroup";

	public static final String START_YEAR = "startYear";

	public static final String PUBLISHED_AT = "publishedAt";

	public static final String UPDATED_AT = "updatedAt";

	/**
	 * The thesaurus concepts named in the title, in any of its languages (ids, see
	 * {@link org.passerelle.kernel.thesaurus.QueryExpansion#conceptsIn}).
	 */
	public static final String CONCEPT_TITLE = "concept_title";

	/** The thesaurus concepts named in the summary, in any of its languages. */
	public static final String CONCEPT_SUMMARY = "concept_summary";

	/** The thesaurus concepts named in the body, in any of its languages. */
	public static final String CONCEPT_BODY = "concept_body";

	/** Every analyzer a text field exists for: the content languages, then "name". */
	public static final List<String> ANALYZERS = Stream.concat(Analyzers.LANGUAGES.stream(), Stream.of(Analyzers.NAME))
		.toList();

	private PracticeFields() {
	}

	/** The title analysed with the given analyzer. */
	public static String title(String analyzer) {
		return "title_" + analyzer;
	}

	/** The summary analysed with the given analyzer. */
	public static String summary(String analyzer) {
		return "summary_" + analyzer;
	}

	/**
	 * Description, results, lessons and transferability as plain text, analysed with the
	 * given analyzer.
	 */
	public static String body(String analyzer) {
		return "body_" + analyzer;
	}

}
