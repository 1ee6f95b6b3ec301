package org.passerelle.practices.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.bench.SyntheticPractices.GeneratedOrganisation;
import org.passerelle.practices.bench.SyntheticPractices.OrganisationPool;
import org.passerelle.practices.internal.BenchmarkableSearch;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeFields;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.practices.internal.PracticeValidator;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data generator of the search benchmark: 200 practices of one seed, generated once
 * for the class.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeGeneratorIntegrationTests {

	static final long SEED = 7_2026;

	static final int COUNT = 200;

	static final int ORGANISATIONS = 30;

	@Autowired
	PracticeGenerator generator;

	@Autowired
	PracticeRepository practices;

	@Autowired
	PracticeValidator validator;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	Thesaurus thesaurus;

	@Autowired
	Taxonomies taxonomies;

	@Autowired
	Territories territories;

	@Autowired
	QueryExpansion expansion;

	@Autowired
	BenchmarkableSearch benchmarkableSearch;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactionManager;

	long organisationsBefore;

	PracticeGenerator.Report report;

	List<Practice> generated;

	@BeforeAll
	void generate() {
		this.organisationsBefore = this.organisations.count();
		this.report = this.generator.generate(COUNT, SEED, ORGANISATIONS, PracticeGenerator.Progress.NONE);
		this.generated = this.practices.findByExternalIdIn(
				IntStream.range(0, COUNT).mapToObj(i -> PracticeGenerator.externalId(SEED, i)).toList());
	}

	@Test
	void storesTheRequestedNumberOfPublishedPracticesAndOrganisations() {
		assertThat(this.report.practices()).isEqualTo(COUNT);
		assertThat(this.generated).hasSize(COUNT)
			.allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(PracticeStatus.PUBLISHED))
			.allSatisfy(p -> assertThat(p.getPublishedAt()).isNotNull());
		assertThat(this.organisations.count() - this.organisationsBefore).isEqualTo(ORGANISATIONS);
	}

	@Test
	void everyGeneratedPracticeFollowsTheRulesOfAnImport() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			for (Practice practice : this.generated) {
				PracticeContent content = practice.content();
				assertThat(this.validator.problems(content)).as(practice.getExternalId()).isEmpty();
				assertThat(content.themes()).hasSizeBetween(1, 3);
				assertThat(content.gcmObjectives()).hasSizeBetween(0, 3);
				assertThat(content.sdgTargets()).hasSizeBetween(0, 2);
				assertThat(content.levels()).hasSizeBetween(1, 2);
				assertThat(content.countries()).hasSizeBetween(1, 2);
				assertThat(content.startYear()).isBetween(2000, 2025);
				assertThat(content.leadOrganisationId()).isNotNull();
				assertThat(practice.getOrganisationTypes()).isNotEmpty();
				assertThat(content.description()).startsWith("<p>").doesNotContain("{");
				for (String territory : content.territories()) {
					TerritoryView view = this.territories.find(territory).orElseThrow();
					assertThat(content.countries()).contains(view.countryCode());
				}
			}
		});
	}

	@Test
	void mixesLanguagesLikeARealRepository() {
		Map<String, Long> languages = this.generated.stream()
			.collect(Collectors.groupingBy(Practice::getLanguage, Collectors.counting()));
		assertThat(languages.keySet()).containsExactlyInAnyOrder("fr", "en", "es", "pt", "ar");
		assertThat(share(languages.get("fr"))).isBetween(0.25, 0.45);
		assertThat(share(languages.get("en"))).isBetween(0.25, 0.45);
		assertThat(share(languages.get("es"))).isBetween(0.08, 0.22);
		assertThat(share(languages.get("pt"))).isBetween(0.04, 0.16);
		assertThat(share(languages.get("ar"))).isBetween(0.01, 0.10);
		List<Practice> translated = this.generated.stream().filter(p -> !p.getTranslations().isEmpty()).toList();
		assertThat(share((long) translated.size())).isBetween(0.35, 0.65);
		assertThat(translated).allSatisfy(p -> {
			assertThat(p.getTranslations().keySet()).hasSize(1).isSubsetOf("fr", "en").doesNotContain(p.getLanguage());
		});
		assertThat(this.report.languages()).isEqualTo(languages.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())));
	}

	@Test
	void writesTextsWithThesaurusConceptsInThePracticeLanguage() {
		for (Practice practice : this.generated) {
			assertThat(this.expansion.expand(practice.getTitle(), practice.getLanguage()).isEmpty())
				.as("concepts in \"%s\" (%s)", practice.getTitle(), practice.getLanguage())
				.isFalse();
			practice.getTranslations()
				.forEach((language, text) -> assertThat(this.expansion.expand(text.title(), language).isEmpty())
					.as("concepts in \"%s\" (%s)", text.title(), language)
					.isFalse());
		}
	}

	@Test
	void givesTheSamePracticesForTheSameSeed() {
		GeneratorVocabulary vocabulary = GeneratorVocabulary.load(this.thesaurus, this.taxonomies, this.territories);
		SyntheticPractices once = new SyntheticPractices(vocabulary, SEED);
		SyntheticPractices again = new SyntheticPractices(vocabulary, SEED);
		SyntheticPractices other = new SyntheticPractices(vocabulary, SEED + 1);
		assertThat(again.organisations(ORGANISATIONS)).isEqualTo(once.organisations(ORGANISATIONS));
		OrganisationPool pool = new OrganisationPool(IntStream.range(0, ORGANISATIONS)
			.mapToObj(i -> new GeneratedOrganisation(i + 1, once.organisations(ORGANISATIONS).get(i)))
			.toList());
		for (int i = 0; i < 50; i++) {
			assertThat(again.practice(i, pool)).isEqualTo(once.practice(i, pool));
		}
		assertThat(other.practice(0, pool)).isNotEqualTo(once.practice(0, pool));
		Map<String, Practice> stored = this.generated.stream()
			.collect(Collectors.toMap(Practice::getExternalId, Function.identity()));
		assertThat(stored.get(PracticeGenerator.externalId(SEED, 3)).getTitle())
			.isEqualTo(once.practice(3, pool).content().title());
	}

	@Test
	void indexesEveryGeneratedPracticeForTheSearch() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			var session = Search.session(this.entityManager);
			long indexed = session.search(Practice.class)
				.where(f -> f.terms()
					.field(PracticeFields.EXTERNAL_ID)
					.matchingAny(this.generated.stream().map(Practice::getExternalId).toList()))
				.fetchTotalHitCount();
			assertThat(indexed).isEqualTo(COUNT);
			Practice practice = this.generated.get(0);
			List<Long> found = session.search(Practice.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.match().field(PracticeFields.title(practice.getLanguage())).matching(practice.getTitle()))
				.fetchHits(COUNT);
			assertThat(found).contains(practice.getId());
			assertThat(this.benchmarkableSearch.took(practice.getTitle(), practice.getLanguage(),
					Map.of("theme", List.of(practice.getThemes().get(0)))))
				.isPositive();
		});
	}

	@Test
	void refusesToGenerateASeedTwice() {
		assertThatThrownBy(() -> this.generator.generate(1, SEED, 1, PracticeGenerator.Progress.NONE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("seed " + SEED);
	}

	private static double share(Long count) {
		return count == null ? 0 : count / (double) COUNT;
	}

}
