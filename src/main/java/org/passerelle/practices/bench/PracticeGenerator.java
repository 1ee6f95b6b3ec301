package org.passerelle.practices.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.passerelle.actors.OrganisationRegistry;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.practices.bench.SyntheticPractices.GeneratedOrganisation;
import org.passerelle.practices.bench.SyntheticPractices.GeneratedPractice;
import org.passerelle.practices.bench.SyntheticPractices.OrganisationPool;
import org.passerelle.practices.bench.SyntheticPractices.OrganisationSpec;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeProblem;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.practices.internal.PracticeValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the knowledge base with generated, published practices for benchmarks and
 * demonstrations at scale (see {@link SyntheticPractices} for what they look like). Each
 * practice is sanitised as an import would be, and checked by the validator (the first
 * thousand, then a sample), then stored with its history; for speed, practices are
 * written in transactions of {@value #BATCH} without indexing them one by one, and the
 * new ones are indexed together at the end. No publication event is sent: nobody is to be
 * notified of made-up practices.
 */
@Service
public class PracticeGenerator {

	/** Practices written per transaction. */
	static final int BATCH = 1000;

	/**
	 * After the first transaction, one practice in this many is validated: validation
	 * queries the organisations and took a third of the time, and the generator's output
	 * is checked whole by its tests.
	 */
	static final int VALIDATED_ONE_IN = 10;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate transaction;

	private final OrganisationRegistry registry;

	private final PracticeRepository practices;

	private final PracticeValidator validator;

	private final Thesaurus thesaurus;

	private final Taxonomies taxonomies;

	private final Territories territories;

	PracticeGenerator(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, OrganisationRegistry registry, PracticeRepository practices,
			PracticeValidator validator, Thesaurus thesaurus, Taxonomies taxonomies, Territories territories) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.transaction = new TransactionTemplate(transactionManager);
		this.registry = registry;
		this.practices = practices;
		this.validator = validator;
		this.thesaurus = thesaurus;
		this.taxonomies = taxonomies;
		this.territories = territories;
	}

	/** The import identifier of generated practice {@code index} of run {@code seed}. */
	public static String externalId(long seed, int index) {
		return "generated:" + seed + ":" + index;
	}

	/**
	 * Creates the organisations, then the practices, then indexes the practices.
	 * @param count how many practices
	 * @param seed the same seed gives the same practices and organisations
	 * @param organisationCount how many organisations to create and draw leads and
	 * partners from
	 * @param progress told how far it got
	 * @throws IllegalArgumentException if a count is not positive or practices of that
	 * seed already exist
	 */
	public Report generate(int count, long seed, int organisationCount, Progress progress) {
		if (count < 1 || organisationCount < 1) {
			throw new IllegalArgumentException("Give at least one practice and one organisation");
		}
		if (this.practices.findByExternalId(externalId(seed, 0)).isPresent()) {
			throw new IllegalArgumentException(
					"Practices were already generated with seed " + seed + "; choose another seed");
		}
		long started = System.nanoTime();
		SyntheticPractices synthetic = new SyntheticPractices(
				GeneratorVocabulary.load(this.thesaurus, this.taxonomies, this.territories), seed);
		List<OrganisationSpec> specs = synthetic.organisations(organisationCount);
		List<GeneratedOrganisation> organisations = this.transaction.execute(status -> specs.stream()
			.map(s -> new GeneratedOrganisation(
					this.registry.register(s.name(), s.acronym(), s.type(), s.level(), s.country()), s))
			.toList());
		OrganisationPool pool = new OrganisationPool(organisations);
		long organisationsDone = System.nanoTime();

		Map<String, Integer> languages = new TreeMap<>();
		int[] translated = { 0 };
		long[] ids = { Long.MAX_VALUE, Long.MIN_VALUE };
		for (int from = 0; from < count; from += BATCH) {
			int to = Math.min(count, from + BATCH);
			int first = from;
			this.transaction.executeWithoutResult(status -> {
				// validated before any is persisted: a query with unsaved entities around
				// would flush them first, and checking a thousand entities for each query
				// made the generator twenty times slower
				List<PracticeContent> contents = new ArrayList<>(to - first);
				List<GeneratedPractice> batch = new ArrayList<>(to - first);
				for (int i = first; i < to; i++) {
					GeneratedPractice generated = synthetic.practice(i, pool);
					PracticeContent content = PracticeEditor.sanitised(generated.content());
					List<PracticeProblem> problems = i < BATCH || i % VALIDATED_ONE_IN == 0
							? this.validator.problems(content) : List.of();
					if (!problems.isEmpty()) {
						throw new IllegalStateException("Generated practice " + i + " breaks rules: " + problems);
					}
					contents.add(content);
					batch.add(generated);
				}
				// indexed together at the end: far faster than one document at a time
				Search.session(this.entityManager).indexingPlanFilter(filter -> filter.exclude(Practice.class));
				for (int i = 0; i < contents.size(); i++) {
					PracticeContent content = contents.get(i);
					Practice practice = new Practice(content, batch.get(i).organisationTypes(), null);
					practice.setExternalId(externalId(seed, first + i));
					practice.publishDirectly();
					this.entityManager.persist(practice);
					ids[0] = Math.min(ids[0], practice.getId());
					ids[1] = Math.max(ids[1], practice.getId());
					languages.merge(content.language(), 1, Integer::sum);
					translated[0] += content.translations().isEmpty() ? 0 : 1;
				}
				this.entityManager.flush();
				this.entityManager.clear();
			});
			progress.stored(to, count);
		}
		long stored = System.nanoTime();

		index(ids[0], ids[1], count, progress);
		long indexed = System.nanoTime();
		return new Report(count, organisationCount, languages, translated[0],
				Duration.ofNanos(organisationsDone - started), Duration.ofNanos(stored - organisationsDone),
				Duration.ofNanos(indexed - stored));
	}

	private void index(long firstId, long lastId, int count, Progress progress) {
		AtomicLong done = new AtomicLong();
		MassIndexer indexer = Search.mapping(this.entityManagerFactory)
			.scope(Practice.class)
			.massIndexer()
			.purgeAllOnStart(false)
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
			.batchSizeToLoadObjects(100)
			.monitor(new MassIndexingMonitor() {

				@Override
				public void documentsAdded(long increment) {
					long now = done.addAndGet(increment);
					if (now / BATCH != (now - increment) / BATCH || now == count) {
						progress.indexed(now, count);
					}
				}

				@Override
				public void documentsBuilt(long increment) {
				}

				@Override
				public void entitiesLoaded(long increment) {
				}

				@Override
				public void indexingCompleted() {
				}

			});
		indexer.type(Practice.class)
			.reindexOnly("e.id >= :first and e.id <= :last")
			.param("first", firstId)
			.param("last", lastId);
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing was interrupted", ex);
		}
	}

	/** Told how far the generation got, e.g. to show a progress line. */
	public interface Progress {

		/** A no-op. */
		Progress NONE = new Progress() {
		};

		/** After each transaction: {@code done} practices of {@code total} stored. */
		default void stored(long done, long total) {
		}

		/** Now and then while indexing. */
		default void indexed(long done, long total) {
		}

	}

	/**
	 * What was generated and how long it took.
	 *
	 * @param practices how many practices
	 * @param organisations how many organisations
	 * @param languages practices per original language
	 * @param translated how many practices have a translation
	 * @param organisationsTime making and storing the organisations
	 * @param storeTime making, validating and storing the practices
	 * @param indexTime indexing the practices
	 */
	public record Report(int practices, int organisations, Map<String, Integer> languages, int translated,
			Duration organisationsTime, Duration storeTime, Duration indexTime) {

		/** The whole generation, organisations, storing and indexing. */
		public Duration total() {
			return this.organisationsTime.plus(this.storeTime).plus(this.indexTime);
		}

	}

}
