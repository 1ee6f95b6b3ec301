package org.passerelle.practices.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.taxonomy.Term;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Thesaurus;

/**
 * What generated practices are made of, read once from the kernel (thesaurus concepts and
 * their labels, taxonomy codes, countries and their NUTS regions) and from the
 * generator's resources (phrase books, {@value #COUNTRIES}), with the weights that make
 * the mix look like a real repository: integration and reception more often than climate
 * mobility, France more often than Malta.
 */
final class GeneratorVocabulary {

	static final String COUNTRIES = "practices/generator/countries.tsv";

	/** How often each content language is the original one (per cent). */
	static final Map<String, Integer> LANGUAGE_WEIGHTS = orderedMap("fr", 35, "en", 35, "es", 15, "pt", 10, "ar", 5);

	private static final Map<String, Integer> THEME_WEIGHTS = Map.ofEntries(Map.entry("integration", 10),
			Map.entry("reception", 8), Map.entry("labour-market", 8), Map.entry("language-learning", 6),
			Map.entry("housing", 6), Map.entry("emergency-shelter", 5), Map.entry("health", 5),
			Map.entry("education", 5), Map.entry("social-cohesion", 5), Map.entry("unaccompanied-minors", 4),
			Map.entry("skills-recognition", 4), Map.entry("decentralised-cooperation", 4),
			Map.entry("diaspora-engagement", 4), Map.entry("capacity-building", 4),
			Map.entry("multilevel-coordination", 4), Map.entry("return-reintegration", 3),
			Map.entry("data-evidence", 3), Map.entry("temporary-protection", 3), Map.entry("legal-migration", 3),
			Map.entry("humanitarian-response", 3), Map.entry("resettlement", 2), Map.entry("networks-advocacy", 2),
			Map.entry("public-narratives", 2), Map.entry("climate-mobility", 1));

	private static final Map<String, Integer> TARGET_GROUP_WEIGHTS = Map.of("refugees", 6, "asylum-seekers", 5,
			"all-migrants", 5, "labour-migrants", 4, "unaccompanied-minors", 3, "host-community", 3, "diaspora", 3,
			"returnees", 2, "temporary-protection-beneficiaries", 2);

	private static final Map<String, Integer> ORGANISATION_TYPE_WEIGHTS = Map.of("local-authority", 35,
			"regional-authority", 12, "national-authority", 8, "civil-society", 18, "diaspora-organisation", 7,
			"international-organisation", 5, "lra-network", 5, "academia", 5, "private-sector", 3, "eu-institution", 2);

	/** The SDG targets practices on migration are usually tagged with. */
	private static final Map<String, Integer> SDG_WEIGHTS = Map.ofEntries(Map.entry("10.7", 20), Map.entry("10.c", 4),
			Map.entry("8.8", 5), Map.entry("16.9", 3), Map.entry("17.18", 2), Map.entry("4.b", 2), Map.entry("8.7", 2),
			Map.entry("16.2", 2), Map.entry("5.2", 2), Map.entry("1.3", 2), Map.entry("11.1", 3), Map.entry("13.1", 1),
			Map.entry("3.8", 3), Map.entry("4.1", 2), Map.entry("8.5", 3));

	/** The GCM objectives a practice on each theme usually serves. */
	private static final Map<String, List<Integer>> GCM_BY_THEME = Map.ofEntries(Map.entry("reception", List.of(15, 7)),
			Map.entry("emergency-shelter", List.of(7, 15)), Map.entry("integration", List.of(16, 15)),
			Map.entry("labour-market", List.of(6, 18)), Map.entry("skills-recognition", List.of(18)),
			Map.entry("language-learning", List.of(16)), Map.entry("housing", List.of(15)),
			Map.entry("health", List.of(15)), Map.entry("education", List.of(15, 16)),
			Map.entry("social-cohesion", List.of(16, 17)), Map.entry("unaccompanied-minors", List.of(7)),
			Map.entry("temporary-protection", List.of(5, 7)), Map.entry("decentralised-cooperation", List.of(23, 2)),
			Map.entry("diaspora-engagement", List.of(19, 20)), Map.entry("return-reintegration", List.of(21)),
			Map.entry("resettlement", List.of(5)), Map.entry("humanitarian-response", List.of(8, 7)),
			Map.entry("legal-migration", List.of(5, 6)), Map.entry("data-evidence", List.of(1)),
			Map.entry("capacity-building", List.of(23)), Map.entry("networks-advocacy", List.of(23, 17)),
			Map.entry("climate-mobility", List.of(2, 5)), Map.entry("public-narratives", List.of(17)),
			Map.entry("multilevel-coordination", List.of(23)));

	/** Concepts that name funds, quoted as funding sources rather than as subjects. */
	private static final Set<String> FUNDS = Set.of("pas-amif", "pas-esf-plus", "pas-erdf", "pas-global-europe",
			"pas-eutf-africa", "pas-migration-mptf", "pas-eu-funds");

	/** Concepts that name organisations, used in organisation names. */
	private static final Set<String> ORGANISATIONS = Set.of("pas-iom", "pas-unhcr", "pas-icmpd");

	/** Not subjects a practice is about. */
	private static final Set<String> NOT_SUBJECTS = Set.of("pas-funding", "pas-e-discussion", "pas-good-practice");

	/** Countries diaspora organisations come from. */
	private static final List<String> ORIGINS = List.of("SN", "MA", "ML", "CI", "NG", "TN", "DZ", "CM", "GN", "SD",
			"ER", "SY", "AF", "UA", "CV", "CO", "VE");

	final Map<String, PhraseBook> phrases;

	final Weighted<Country> countries;

	final Map<String, Weighted<Country>> countriesByLanguage;

	final Weighted<String> languages;

	final Weighted<String> themes;

	final Weighted<String> targetGroups;

	final Weighted<String> sdgTargets;

	final Weighted<String> organisationTypes;

	final List<String> levels;

	final List<Integer> gcmObjectives;

	final Map<String, List<Integer>> gcmByTheme;

	final List<ConceptView> subjects;

	final Map<String, ConceptView> subjectsById;

	final Map<String, List<ConceptView>> subjectsByTheme;

	final Map<String, String> targetGroupOfConcept;

	final List<ConceptView> funds;

	final List<ConceptView> internationalOrganisations;

	final List<Map<String, String>> origins;

	private GeneratorVocabulary(Builder b) {
		this.phrases = b.phrases;
		this.countries = new Weighted<>(b.countries, Country::weight);
		this.countriesByLanguage = new LinkedHashMap<>();
		for (String language : Analyzers.LANGUAGES) {
			List<Country> speaking = b.countries.stream().filter(c -> c.languages().contains(language)).toList();
			this.countriesByLanguage.put(language,
					speaking.isEmpty() ? this.countries : new Weighted<>(speaking, Country::weight));
		}
		this.languages = new Weighted<>(List.copyOf(LANGUAGE_WEIGHTS.keySet()), LANGUAGE_WEIGHTS::get);
		this.themes = new Weighted<>(b.themes, code -> THEME_WEIGHTS.getOrDefault(code, 2));
		this.targetGroups = new Weighted<>(b.targetGroups, code -> TARGET_GROUP_WEIGHTS.getOrDefault(code, 2));
		this.sdgTargets = new Weighted<>(b.sdgTargets, SDG_WEIGHTS::get);
		this.organisationTypes = new Weighted<>(b.organisationTypes,
				code -> ORGANISATION_TYPE_WEIGHTS.getOrDefault(code, 1));
		this.levels = b.levels;
		this.gcmObjectives = b.gcmObjectives;
		this.gcmByTheme = GCM_BY_THEME;
		this.subjects = b.subjects;
		this.subjectsById = new HashMap<>();
		b.subjects.forEach(c -> this.subjectsById.put(c.id(), c));
		this.subjectsByTheme = b.subjectsByTheme;
		this.targetGroupOfConcept = b.targetGroupOfConcept;
		this.funds = b.funds;
		this.internationalOrganisations = b.internationalOrganisations;
		this.origins = b.origins;
	}

	/**
	 * Reads the vocabulary from the kernel.
	 * @throws IllegalStateException if the kernel lacks something the generator needs
	 */
	static GeneratorVocabulary load(Thesaurus thesaurus, Taxonomies taxonomies, Territories territories) {
		Builder b = new Builder();
		b.phrases = PhraseBook.all();
		b.countries = readCountries(territories);
		b.themes = codes(taxonomies, Taxonomies.THEME);
		b.targetGroups = codes(taxonomies, Taxonomies.TARGET_GROUP);
		b.levels = codes(taxonomies, Taxonomies.LEVEL);
		b.gcmObjectives = codes(taxonomies, Taxonomies.GCM_OBJECTIVE).stream().map(Integer::valueOf).toList();
		b.sdgTargets = SDG_WEIGHTS.keySet()
			.stream()
			.sorted()
			.filter(code -> taxonomies.exists(Taxonomies.SDG_TARGET, code))
			.toList();
		b.organisationTypes = codes(taxonomies, Taxonomies.ORGANISATION_TYPE).stream()
			.filter(type -> b.phrases.get(Analyzers.ENGLISH).has(PhraseBook.ORGANISATION + type))
			.toList();
		List<ConceptView> all = thesaurus.concepts()
			.stream()
			.filter(c -> Analyzers.LANGUAGES.stream().allMatch(l -> c.prefLabels().get(l) != null))
			.sorted((a, c) -> a.id().compareTo(c.id()))
			.toList();
		b.funds = all.stream().filter(c -> FUNDS.contains(c.id())).toList();
		b.internationalOrganisations = all.stream().filter(c -> ORGANISATIONS.contains(c.id())).toList();
		b.subjects = all.stream()
			.filter(c -> !FUNDS.contains(c.id()) && !ORGANISATIONS.contains(c.id()) && !NOT_SUBJECTS.contains(c.id()))
			.toList();
		b.subjectsByTheme = new HashMap<>();
		b.targetGroupOfConcept = new HashMap<>();
		for (ConceptView concept : b.subjects) {
			concept.links().forEach(link -> {
				if (link.taxonomy().equals(Taxonomies.THEME)) {
					b.subjectsByTheme.computeIfAbsent(link.code(), k -> new ArrayList<>()).add(concept);
				}
				else if (link.taxonomy().equals(Taxonomies.TARGET_GROUP)) {
					b.targetGroupOfConcept.put(concept.id(), link.code());
				}
			});
		}
		b.origins = ORIGINS.stream()
			.map(code -> territories.find("iso:" + code))
			.flatMap(java.util.Optional::stream)
			.map(TerritoryView::names)
			.toList();
		if (b.subjects.isEmpty() || b.funds.isEmpty() || b.internationalOrganisations.isEmpty()
				|| b.sdgTargets.isEmpty() || b.origins.isEmpty()) {
			throw new IllegalStateException("The kernel's thesaurus or taxonomies lack what the generator needs");
		}
		return new GeneratorVocabulary(b);
	}

	private static List<String> codes(Taxonomies taxonomies, String taxonomy) {
		List<String> codes = taxonomies.terms(taxonomy).stream().map(Term::code).toList();
		if (codes.isEmpty()) {
			throw new IllegalStateException("No " + taxonomy + " codes in the kernel taxonomies");
		}
		return codes;
	}

	private static List<Country> readCountries(Territories territories) {
		String text;
		try (InputStream in = GeneratorVocabulary.class.getClassLoader().getResourceAsStream(COUNTRIES)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + COUNTRIES);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Country> countries = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.strip().split("\t");
			String code = columns[0];
			TerritoryView country = territories.find("iso:" + code)
				.orElseThrow(() -> new IllegalStateException(COUNTRIES + ": unknown country " + code));
			List<City> cities = Arrays.stream(columns[3].split(",")).map(City::parse).toList();
			List<TerritoryView> regions = regions(territories, code);
			countries.add(new Country(code, Integer.parseInt(columns[1]), List.of(columns[2].split(",")), cities,
					regions.stream().map(TerritoryView::id).toList(),
					regions.stream().filter(r -> r.level() == 2).map(GeneratorVocabulary::shortName).toList(),
					country.names()));
		}
		return countries;
	}

	/** The NUTS 2 and 3 regions of a country, none for a country outside NUTS. */
	private static List<TerritoryView> regions(Territories territories, String country) {
		String root = "nuts:" + (country.equals("GR") ? "EL" : country);
		if (territories.find(root).isEmpty()) {
			return List.of();
		}
		List<TerritoryView> regions = new ArrayList<>();
		Deque<String> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			for (TerritoryView child : territories.children(todo.pop())) {
				if (shortName(child).startsWith("Extra-Regio")) {
					continue;
				}
				if (child.level() >= 2) {
					regions.add(child);
				}
				todo.add(child.id());
			}
		}
		regions.sort((a, c) -> a.id().compareTo(c.id()));
		return regions;
	}

	/** The name in the region's own language, the first one where there are several. */
	private static String shortName(TerritoryView territory) {
		String name = territory.names().getOrDefault("und", territory.name(null));
		int slash = name.indexOf('/');
		return (slash > 0 ? name.substring(0, slash) : name).strip();
	}

	private static Map<String, Integer> orderedMap(Object... keysAndValues) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * A city, with its usual Arabic spelling when it has one.
	 *
	 * @param name the name in Latin script
	 * @param arabic the name in Arabic script, or {@code null}
	 */
	record City(String name, String arabic) {

		static City parse(String text) {
			int bar = text.indexOf('|');
			return bar < 0 ? new City(text.strip(), null)
					: new City(text.substring(0, bar).strip(), text.substring(bar + 1).strip());
		}

		String name(String language) {
			return Analyzers.ARABIC.equals(language) && this.arabic != null ? this.arabic : this.name;
		}

	}

	/**
	 * A country practices and organisations are generated in.
	 *
	 * @param code ISO 3166-1 alpha-2
	 * @param weight how often it is drawn, relative to the others
	 * @param languages the languages its practices are usually written in, the first one
	 * naming its organisations
	 * @param cities some of its cities
	 * @param regions ids of its NUTS 2 and 3 regions (none outside NUTS)
	 * @param regionNames names of its NUTS 2 regions
	 * @param names its name per language
	 */
	record Country(String code, int weight, List<String> languages, List<City> cities, List<String> regions,
			List<String> regionNames, Map<String, String> names) {

		String name(String language) {
			return this.names.getOrDefault(language, this.names.getOrDefault("en", this.code));
		}

	}

	private static final class Builder {

		Map<String, PhraseBook> phrases;

		List<Country> countries;

		List<String> themes;

		List<String> targetGroups;

		List<String> levels;

		List<Integer> gcmObjectives;

		List<String> sdgTargets;

		List<String> organisationTypes;

		List<ConceptView> subjects;

		Map<String, List<ConceptView>> subjectsByTheme;

		Map<String, String> targetGroupOfConcept;

		List<ConceptView> funds;

		List<ConceptView> internationalOrganisations;

		List<Map<String, String>> origins;

	}

}
