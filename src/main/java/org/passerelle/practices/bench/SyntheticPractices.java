package org.passerelle.practices.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.practices.bench.GeneratorVocabulary.City;
import org.passerelle.practices.bench.GeneratorVocabulary.Country;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;

/**
 * Makes up practices and organisations that look real, the same ones for the same seed:
 * practice number {@code i} depends only on the seed, {@code i} and the organisations
 * given, so that any practice can be made again on its own. Texts are the phrase books'
 * sentences filled in with thesaurus labels, places and figures in the practice's
 * language; a translation fills in the same sentences in another language.
 */
final class SyntheticPractices {

	/** Last start year drawn. */
	static final int LAST_YEAR = 2025;

	static final int FIRST_YEAR = 2000;

	private static final long ORGANISATIONS_STREAM = 0x5DEECE66DL;

	private static final int NAME_ATTEMPTS = 20;

	private final GeneratorVocabulary vocabulary;

	private final long seed;

	SyntheticPractices(GeneratorVocabulary vocabulary, long seed) {
		this.vocabulary = vocabulary;
		this.seed = seed;
	}

	/**
	 * The organisations practices are led by, named in their country's first language;
	 * names are drawn again (up to {@value #NAME_ATTEMPTS} times) rather than repeated.
	 */
	List<OrganisationSpec> organisations(int count) {
		SplittableRandom random = new SplittableRandom(mix(this.seed, ORGANISATIONS_STREAM));
		List<OrganisationSpec> organisations = new ArrayList<>(count);
		Set<String> names = new HashSet<>();
		for (int i = 0; i < count; i++) {
			OrganisationSpec organisation = null;
			for (int attempt = 0; attempt < NAME_ATTEMPTS
					&& (organisation == null || names.contains(organisation.name())); attempt++) {
				organisation = organisation(random);
			}
			names.add(organisation.name());
			organisations.add(organisation);
		}
		return organisations;
	}

	private OrganisationSpec organisation(SplittableRandom random) {
		String type = this.vocabulary.organisationTypes.pick(random);
		Country country = this.vocabulary.countries.pick(random);
		String language = country.languages().get(0);
		City city = country.cities().get(random.nextInt(country.cities().size()));
		Map<String, String> values = new HashMap<>();
		values.put("city", city.name(language));
		values.put("region", country.regionNames().isEmpty() ? city.name(language)
				: country.regionNames().get(random.nextInt(country.regionNames().size())));
		values.put("country", country.name(language));
		ConceptView io = this.vocabulary.internationalOrganisations
			.get(random.nextInt(this.vocabulary.internationalOrganisations.size()));
		values.put("io", io.prefLabels().get(language));
		Map<String, String> origin = this.vocabulary.origins.get(random.nextInt(this.vocabulary.origins.size()));
		values.put("origin", origin.getOrDefault(language, origin.get("en")));
		List<Template> templates = this.vocabulary.phrases.get(language).section(PhraseBook.ORGANISATION + type);
		// the Commission has representations in member states, delegations elsewhere
		int which = type.equals("eu-institution") ? (country.regions().isEmpty() ? 1 : 0) % templates.size()
				: random.nextInt(templates.size());
		String name = templates.get(which).render(values);
		String acronym = !Analyzers.ARABIC.equals(language) && random.nextInt(100) < 30 ? acronym(name) : null;
		return new OrganisationSpec(name, acronym, type, level(type, random), country.code(), city);
	}

	/** Practice number {@code index}, led by one of the organisations. */
	GeneratedPractice practice(int index, OrganisationPool organisations) {
		SplittableRandom random = new SplittableRandom(mix(this.seed, index));
		GeneratorVocabulary v = this.vocabulary;
		String language = v.languages.pick(random);

		Country country = random.nextInt(100) < 75 ? v.countriesByLanguage.get(language).pick(random)
				: v.countries.pick(random);
		List<Country> countries = new ArrayList<>(List.of(country));
		if (random.nextInt(100) < 30) {
			Country other = v.countries.pick(random);
			if (!other.equals(country)) {
				countries.add(other);
			}
		}
		Set<String> territories = new LinkedHashSet<>();
		for (Country c : countries) {
			if (!c.regions().isEmpty() && random.nextInt(100) < 70) {
				int regions = random.nextInt(100) < 25 ? 2 : 1;
				for (int i = 0; i < regions; i++) {
					territories.add(c.regions().get(random.nextInt(c.regions().size())));
				}
			}
		}

		List<String> themes = v.themes.pickDistinct(count(random, 30, 45, 25) + 1, random);
		ConceptView c1 = subject(themes.get(0), null, random);
		ConceptView c2 = themes.size() > 1 && random.nextBoolean() ? subject(themes.get(1), c1, random)
				: neighbour(c1, random);
		ConceptView c3 = themes.size() > 2 ? subject(themes.get(2), c2, random) : neighbour(c2, random);
		ConceptView fund = v.funds.get(random.nextInt(v.funds.size()));
		int[] labelChoices = { random.nextInt(100), random.nextInt(100), random.nextInt(100), random.nextInt(100) };

		GeneratedOrganisation lead = organisations.pick(country.code(), random);
		List<GeneratedOrganisation> partners = new ArrayList<>();
		int partnerCount = count(random, 50, 35, 15);
		for (int i = 0; i < partnerCount * 3 && partners.size() < partnerCount; i++) {
			GeneratedOrganisation partner = organisations.any(random);
			if (partner.id() != lead.id() && !partners.contains(partner)) {
				partners.add(partner);
			}
		}
		List<Template> roles = v.phrases.get(language).section(PhraseBook.ROLE);
		List<PartnerRole> partnerRoles = new ArrayList<>();
		for (GeneratedOrganisation partner : partners) {
			partnerRoles.add(new PartnerRole(partner.id(), roles.get(random.nextInt(roles.size())).render(Map.of())));
		}
		Set<String> organisationTypes = new LinkedHashSet<>();
		organisationTypes.add(lead.spec().type());
		partners.forEach(p -> organisationTypes.add(p.spec().type()));

		Set<String> levels = new LinkedHashSet<>(List.of(lead.spec().level()));
		if (random.nextInt(100) < 30) {
			levels.add(v.levels.get(random.nextInt(v.levels.size())));
		}
		List<Integer> gcm = gcmObjectives(themes, count(random, 20, 35, 30, 15), random);
		List<String> sdg = v.sdgTargets.pickDistinct(count(random, 40, 40, 20), random);
		Set<String> targetGroups = new LinkedHashSet<>();
		for (ConceptView c : List.of(c1, c2, c3)) {
			String group = v.targetGroupOfConcept.get(c.id());
			if (group != null) {
				targetGroups.add(group);
			}
		}
		targetGroups.addAll(v.targetGroups.pickDistinct(count(random, 25, 50, 25), random));

		int startYear = FIRST_YEAR + (int) Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(random.nextDouble()));
		startYear = Math.min(startYear, LAST_YEAR);
		Integer endYear = random.nextInt(100) < 40 ? null : startYear + 1 + random.nextInt(6);

		Figures figures = new Figures(
				(int) Math.round(Math.exp(Math.log(20) + random.nextDouble() * (Math.log(5000) - Math.log(20)))),
				2 + random.nextInt(39), 10 + random.nextInt(86), 3 + random.nextInt(34), 20 + random.nextInt(971),
				2 + random.nextInt(4));
		Choices choices = new Choices(random.nextInt(10_000), random.nextInt(10_000),
				sample(random, 14, 4 + random.nextInt(4)), sample(random, 8, 2 + random.nextInt(2)),
				random.nextBoolean(), sample(random, 8, 1 + random.nextInt(3)),
				random.nextInt(100) < 60 ? sample(random, 5, 1 + random.nextInt(2)) : new int[0],
				random.nextBoolean() ? random.nextInt(10_000) : -1, random.nextBoolean() ? random.nextInt(10_000) : -1,
				random.nextInt(10_000));
		GeneratedOrganisation mentioned = partners.isEmpty() ? organisations.any(random) : partners.get(0);

		// a practice takes place where its lead is based, when the lead is in the country
		City place = lead.spec().country().equals(country.code()) ? lead.spec().city()
				: country.cities().get(random.nextInt(country.cities().size()));
		Texts facts = new Texts(List.of(c1, c2, c3), fund, labelChoices, country, place, lead.spec().name(),
				mentioned.spec().name(), startYear, endYear == null ? Math.min(startYear + 2, LAST_YEAR + 1) : endYear,
				figures, choices);
		Rendered original = render(language, facts);

		Map<String, TranslatedText> translations = new LinkedHashMap<>();
		if (random.nextBoolean()) {
			String target = switch (language) {
				case "fr" -> "en";
				case "en" -> "fr";
				default -> random.nextBoolean() ? "fr" : "en";
			};
			Rendered translated = render(target, facts);
			translations.put(target,
					new TranslatedText(translated.title(), translated.summary(), translated.description()));
		}
		List<String> links = random.nextInt(100) < 40
				? List.of("https://practices.example.org/" + this.seed + "/" + index) : List.of();

		PracticeContent content = new PracticeContent(language, original.title(), original.summary(),
				original.description(), lead.id(), partnerRoles, countries.stream().map(Country::code).toList(),
				List.copyOf(territories), List.of(), List.copyOf(levels), themes, gcm, sdg, List.copyOf(targetGroups),
				startYear, endYear, original.budget(), original.funding(), original.results(), original.lessons(),
				original.transferability(), links, translations);
		return new GeneratedPractice(content, List.copyOf(organisationTypes));
	}

	private Rendered render(String language, Texts t) {
		PhraseBook book = this.vocabulary.phrases.get(language);
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < t.concepts().size(); i++) {
			values.put("c" + (i + 1), label(t.concepts().get(i), language, t.labelChoices()[i]));
		}
		values.put("C1", capitalise(values.get("c1")));
		values.put("fund", label(t.fund(), language, t.labelChoices()[3]));
		City city = t.place();
		values.put("place", city.name(language));
		values.put("region", t.country().regionNames().isEmpty() ? city.name(language)
				: t.country().regionNames().get(t.choices().region() % t.country().regionNames().size()));
		values.put("country", t.country().name(language));
		values.put("org", t.organisation());
		values.put("partner", t.partner());
		values.put("year", String.valueOf(t.startYear()));
		values.put("end", String.valueOf(t.endYear()));
		Figures f = t.figures();
		values.put("n", String.valueOf(f.people()));
		values.put("n2", String.valueOf(f.small()));
		values.put("pct", String.valueOf(f.percent()));
		values.put("months", String.valueOf(f.months()));
		values.put("k", String.valueOf(f.thousands()));
		values.put("y", String.valueOf(f.years()));

		Choices c = t.choices();
		String title = pick(book, PhraseBook.TITLE, c.title()).render(values);
		String summary = pick(book, PhraseBook.SUMMARY, c.summary()).render(values);
		List<String> description = sentences(book, PhraseBook.DESCRIPTION, c.description(), values);
		int half = (description.size() + 1) / 2;
		String descriptionHtml = paragraph(description.subList(0, half))
				+ paragraph(description.subList(half, description.size()));
		List<String> results = sentences(book, PhraseBook.RESULTS, c.results(), values);
		List<String> lessons = sentences(book, PhraseBook.LESSONS, c.lessons(), values);
		List<String> transferability = sentences(book, PhraseBook.TRANSFERABILITY, c.transferability(), values);
		return new Rendered(title, summary, descriptionHtml, c.resultsAsList() ? list(results) : paragraph(results),
				lessons.size() > 1 ? list(lessons) : paragraph(lessons),
				transferability.isEmpty() ? null : paragraph(transferability),
				c.budget() < 0 ? null : pick(book, PhraseBook.BUDGET, c.budget()).render(values),
				c.funding() < 0 ? null : pick(book, PhraseBook.FUNDING, c.funding()).render(values));
	}

	/** A concept's preferred label in the language, now and then one of its synonyms. */
	static String label(ConceptView concept, String language, int choice) {
		List<String> synonyms = concept.altLabels(language);
		if (choice < 70 || synonyms.isEmpty()) {
			return concept.prefLabels().getOrDefault(language, concept.prefLabels().get("en"));
		}
		return synonyms.get(choice % synonyms.size());
	}

	/** A concept standing for the theme, else any subject; different from {@code not}. */
	private ConceptView subject(String theme, ConceptView not, SplittableRandom random) {
		List<ConceptView> linked = this.vocabulary.subjectsByTheme.getOrDefault(theme, List.of());
		for (int attempt = 0; attempt < 5; attempt++) {
			ConceptView candidate = !linked.isEmpty() && attempt < 3 ? linked.get(random.nextInt(linked.size()))
					: anySubject(random);
			if (!candidate.equals(not)) {
				return candidate;
			}
		}
		return anySubject(random);
	}

	/**
	 * A concept close to the given one (broader, narrower, related), else any subject.
	 */
	private ConceptView neighbour(ConceptView concept, SplittableRandom random) {
		List<String> near = new ArrayList<>();
		near.addAll(concept.related());
		near.addAll(concept.narrower());
		near.addAll(concept.broader());
		near.removeIf(id -> !this.vocabulary.subjectsById.containsKey(id));
		if (!near.isEmpty() && random.nextInt(100) < 60) {
			return this.vocabulary.subjectsById.get(near.get(random.nextInt(near.size())));
		}
		ConceptView other = anySubject(random);
		return other.equals(concept) ? anySubject(random) : other;
	}

	private ConceptView anySubject(SplittableRandom random) {
		return this.vocabulary.subjects.get(random.nextInt(this.vocabulary.subjects.size()));
	}

	private List<Integer> gcmObjectives(List<String> themes, int count, SplittableRandom random) {
		List<Integer> candidates = new ArrayList<>();
		themes.forEach(theme -> candidates.addAll(this.vocabulary.gcmByTheme.getOrDefault(theme, List.of())));
		candidates.removeIf(objective -> !this.vocabulary.gcmObjectives.contains(objective));
		Set<Integer> chosen = new LinkedHashSet<>();
		for (int i = 0; i < count * 4 && chosen.size() < count; i++) {
			chosen.add(!candidates.isEmpty() && random.nextInt(100) < 80
					? candidates.get(random.nextInt(candidates.size()))
					: this.vocabulary.gcmObjectives.get(random.nextInt(this.vocabulary.gcmObjectives.size())));
		}
		return List.copyOf(chosen);
	}

	/** Draws 0, 1, 2… with the given weights (per cent). */
	private static int count(SplittableRandom random, int... weights) {
		int target = random.nextInt(100);
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			if (target < sum) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** {@code count} different indexes below {@code size}, in random order. */
	private static int[] sample(SplittableRandom random, int size, int count) {
		int[] all = new int[size];
		for (int i = 0; i < size; i++) {
			all[i] = i;
		}
		int n = Math.min(count, size);
		for (int i = 0; i < n; i++) {
			int j = i + random.nextInt(size - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return java.util.Arrays.copyOf(all, n);
	}

	private static Template pick(PhraseBook book, String section, int choice) {
		List<Template> templates = book.section(section);
		return templates.get(choice % templates.size());
	}

	private static List<String> sentences(PhraseBook book, String section, int[] indexes, Map<String, String> values) {
		List<Template> templates = book.section(section);
		List<String> sentences = new ArrayList<>(indexes.length);
		for (int index : indexes) {
			sentences.add(templates.get(index % templates.size()).render(values));
		}
		return sentences;
	}

	private static String paragraph(List<String> sentences) {
		return sentences.isEmpty() ? "" : "<p>" + escape(String.join(" ", sentences)) + "</p>";
	}

	private static String list(List<String> sentences) {
		StringBuilder html = new StringBuilder("<ul>");
		sentences.forEach(s -> html.append("<li>").append(escape(s)).append("</li>"));
		return html.append("</ul>").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	static String capitalise(String text) {
		if (text.isEmpty()) {
			return text;
		}
		int first = text.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(text.substring(Character.charCount(first)))
			.toString();
	}

	/** Initials of the capitalised words, when that makes a plausible acronym. */
	static String acronym(String name) {
		StringBuilder letters = new StringBuilder();
		for (String word : name.split("[\\s'’()–-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && word.length() > 2) {
				letters.appendCodePoint(word.codePointAt(0));
			}
		}
		return letters.length() >= 2 && letters.length() <= 6 ? letters.toString().toUpperCase(Locale.ROOT) : null;
	}

	private static String level(String type, SplittableRandom random) {
		int draw = random.nextInt(100);
		return switch (type) {
			case "local-authority" -> "local";
			case "regional-authority" -> "regional";
			case "national-authority" -> "national";
			case "eu-institution" -> "supranational";
			case "international-organisation" -> "international";
			case "lra-network" -> draw < 60 ? "national" : draw < 85 ? "regional" : "supranational";
			case "academia" -> draw < 70 ? "national" : "local";
			default -> draw < 70 ? "local" : "national";
		};
	}

	/** A well-spread seed for practice {@code index} of run {@code seed}. */
	private static long mix(long seed, long index) {
		long z = seed * 0x9E3779B97F4A7C15L + index;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * An organisation to create.
	 *
	 * @param name its name in its country's first language
	 * @param acronym or {@code null}
	 * @param type organisation-type code
	 * @param level level code
	 * @param country ISO 3166-1 alpha-2 code
	 * @param city the city it is based in
	 */
	record OrganisationSpec(String name, String acronym, String type, String level, String country, City city) {
	}

	/**
	 * An organisation once created.
	 *
	 * @param id its actors id
	 * @param spec what it was created from
	 */
	record GeneratedOrganisation(long id, OrganisationSpec spec) {
	}

	/**
	 * A practice's content and the types of its organisations, to store.
	 *
	 * @param content as an author would have entered it
	 * @param organisationTypes the lead's and partners' types, lead first
	 */
	record GeneratedPractice(PracticeContent content, List<String> organisationTypes) {
	}

	/** The organisations to draw leads and partners from, by country. */
	static final class OrganisationPool {

		private final List<GeneratedOrganisation> all;

		private final Map<String, List<GeneratedOrganisation>> byCountry = new HashMap<>();

		OrganisationPool(List<GeneratedOrganisation> organisations) {
			if (organisations.isEmpty()) {
				throw new IllegalArgumentException("Practices need at least one organisation");
			}
			this.all = List.copyOf(organisations);
			organisations
				.forEach(o -> this.byCountry.computeIfAbsent(o.spec().country(), k -> new ArrayList<>()).add(o));
		}

		/** Nine times in ten one of the country's organisations, when it has some. */
		GeneratedOrganisation pick(String country, SplittableRandom random) {
			List<GeneratedOrganisation> local = this.byCountry.get(country);
			if (local != null && random.nextInt(100) < 90) {
				return local.get(random.nextInt(local.size()));
			}
			return any(random);
		}

		GeneratedOrganisation any(SplittableRandom random) {
			return this.all.get(random.nextInt(this.all.size()));
		}

		List<GeneratedOrganisation> all() {
			return this.all;
		}

	}

	private record Figures(int people, int small, int percent, int months, int thousands, int years) {
	}

	private record Choices(int title, int summary, int[] description, int[] results, boolean resultsAsList,
			int[] lessons, int[] transferability, int budget, int funding, int region) {
	}

	private record Texts(List<ConceptView> concepts, ConceptView fund, int[] labelChoices, Country country, City place,
			String organisation, String partner, int startYear, int endYear, Figures figures, Choices choices) {
	}

	private record Rendered(String title, String summary, String description, String results, String lessons,
			String transferability, String budget, String funding) {
	}

}
