package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeFixtures;
import org.passerelle.practices.internal.PracticeQuery.Sort;
import org.passerelle.test.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searching the knowledge base, on either set-up, over a small corpus of real-looking
 * practices written in French, English, Spanish, Portuguese and Arabic.
 * <p>
 * Queries people would type, each with the practices it must find (the corpus is created
 * in {@link #createCorpus()}; "top" counts among the corpus, other tests of the same
 * application may add practices):
 * <ul>
 * <li>fr {@code hébergement d'urgence} → the French, English and Spanish
 * emergency-shelter practices are the top three</li>
 * <li>fr {@code hébergement d’urgence} (typographic apostrophe) → the same three</li>
 * <li>fr {@code hebergement urgence} (no accent, no article) → the English and Spanish
 * shelters in the top three</li>
 * <li>fr {@code mineurs non accompagnés} (plural) → the English Vienna mentoring practice
 * first</li>
 * <li>fr {@code reconnaissance des diplômes} → the Spanish recognition of doctors'
 * qualifications first</li>
 * <li>en {@code emergency shelters} (plural) → the French and Spanish shelters in the top
 * three</li>
 * <li>en {@code language courses for migrant women} (five words) → the French Lyon and
 * Portuguese Lisbon language courses first</li>
 * <li>en {@code diploma recognition for refugee doctors} → the Spanish Madrid practice
 * first</li>
 * <li>es {@code albergue de emergencia} → the English and French shelters in the top
 * three</li>
 * <li>es {@code aprendizaje de idiomas} → the French and English language practices in
 * the top three, the Portuguese one found</li>
 * <li>pt {@code reintegração de retornados} → the French Oujda practice found, the
 * Portuguese Cabo Verde one first</li>
 * <li>pt {@code acolhimento de emergencia} (accent missing) → the three shelters are the
 * top three</li>
 * <li>ar {@code المأوى الطارئ} (emergency shelter) → the three shelters are the top
 * three</li>
 * <li>ar {@code سوق العمل} (labour market) → the Arabic Sfax practice and the French
 * Bordeaux one found</li>
 * <li>{@code Oujda} typed as fr, en, es, pt or ar → the French Oujda practice first;
 * {@code Irun} (accent missing) → the Spanish Irún shelter first</li>
 * <li>{@code xylophonique zorbulent} → nothing, total 0</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PracticeSearchContract {

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	PracticeFixtures fixtures;

	final Set<Long> corpus = new java.util.HashSet<>();

	long shelterFr;

	long shelterEn;

	long shelterEs;

	long languageFr;

	long languageEn;

	long languagePt;

	long skillsEs;

	long returnMa;

	long returnPt;

	long minorsEn;

	long diasporaEs;

	long jobsFr;

	long jobsAr;

	long draft;

	long submitted;

	long archived;

	long brennFr;

	long brennEn;

	long brennEs;

	long brennPt;

	long escaped;

	@BeforeAll
	void createCorpus() {
		this.fixtures = new PracticeFixtures(this.practices, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long rennes = org("Ville de Rennes", "local-authority", "local", "FR");
		long manchester = org("Manchester City Council", "local-authority", "local", "GB");
		long irun = org("Ayuntamiento de Irún", "local-authority", "local", "ES");
		long lyon = org("Association Lyon Accueil", "civil-society", "local", "FR");
		long leeds = org("Leeds Libraries", "local-authority", "local", "GB");
		long lisboa = org("Câmara Municipal de Lisboa", "local-authority", "local", "PT");
		long madrid = org("Comunidad de Madrid", "regional-authority", "regional", "ES");
		long oujda = org("Commune d'Oujda", "local-authority", "local", "MA");
		long praia = org("Câmara Municipal da Praia", "local-authority", "local", "CV");
		long wien = org("Stadt Wien", "local-authority", "local", "AT");
		long catalunya = org("Generalitat de Catalunya", "regional-authority", "regional", "ES");
		long dakar = org("Association des Sénégalais de Catalogne", "diaspora-organisation", "local", "SN");
		long bordeaux = org("Bordeaux Métropole", "local-authority", "local", "FR");
		long sfax = org("Municipalité de Sfax", "local-authority", "local", "TN");

		this.shelterFr = add(this.fixtures
			.practice("fr", "Hébergement d'urgence des demandeurs d'asile à Rennes",
					"La ville de Rennes ouvre chaque hiver des places d'hébergement d'urgence pour les familles "
							+ "de demandeurs d'asile sans solution.")
			.description("<p>Un gymnase municipal et deux immeubles vacants deviennent des centres de mise à "
					+ "l'abri, gérés avec des associations.</p>")
			.lead(rennes, "local-authority")
			.countries("FR")
			.levels("local")
			.themes("emergency-shelter", "reception")
			.gcm(15)
			.targetGroups("asylum-seekers")
			.years(2016, null)
			.publish());
		this.shelterEn = add(this.fixtures
			.practice("en", "Emergency shelter network for newly recognised refugees",
					"Manchester City Council and local charities run a network of emergency shelters so that no "
							+ "refugee sleeps rough in the weeks after receiving status.")
			.description("<p>Churches, mosques and community centres open night shelters coordinated by a single "
					+ "helpline.</p>")
			.lead(manchester, "local-authority")
			.countries("GB")
			.levels("local")
			.themes("emergency-shelter", "housing")
			.gcm(15)
			.targetGroups("refugees")
			.years(2018, 2023)
			.publish());
		this.shelterEs = add(this.fixtures
			.practice("es", "Red de albergues de emergencia para migrantes en tránsito en Irún",
					"El ayuntamiento de Irún y los voluntarios ofrecen alojamiento de emergencia, comida y "
							+ "orientación a las personas migrantes que cruzan la frontera.")
			.description("<p>Un albergue municipal abre todas las noches con cuarenta plazas.</p>")
			.lead(irun, "local-authority")
			.countries("ES")
			.levels("local")
			.themes("emergency-shelter", "humanitarian-response")
			.gcm(15, 8)
			.targetGroups("all-migrants")
			.years(2019, null)
			.publish());
		this.languageFr = add(this.fixtures
			.practice("fr", "Apprentissage du français pour les femmes migrantes à Lyon",
					"Des cours de français gratuits, avec garde d'enfants, pour les mères arrivées récemment "
							+ "dans les quartiers de Lyon.")
			.lead(lyon, "civil-society")
			.countries("FR")
			.levels("local")
			.themes("language-learning", "integration")
			.gcm(16)
			.targetGroups("all-migrants")
			.years(2020, null)
			.publish());
		this.languageEn = add(this.fixtures
			.practice("en", "Conversation cafés for refugees learning English in Leeds",
					"Volunteers and newcomers meet every week in public libraries for informal language learning "
							+ "and to make friends.")
			.lead(leeds, "local-authority")
			.countries("GB")
			.levels("local")
			.themes("language-learning", "social-cohesion")
			.gcm(16)
			.targetGroups("refugees", "host-community")
			.years(2021, null)
			.publish());
		this.languagePt = add(this.fixtures
			.practice("pt", "Português para todos: cursos de língua para imigrantes em Lisboa",
					"A Câmara Municipal de Lisboa oferece aos imigrantes adultos cursos gratuitos de português e "
							+ "apoio à aprendizagem de línguas, à noite e aos sábados.")
			.lead(lisboa, "local-authority")
			.countries("PT")
			.levels("local")
			.themes("language-learning")
			.gcm(16)
			.targetGroups("all-migrants")
			.years(2017, null)
			.publish());
		this.skillsEs = add(this.fixtures
			.practice("es", "Reconocimiento de títulos de médicos refugiados en Madrid",
					"La Comunidad de Madrid acompaña a los médicos refugiados en la homologación de sus títulos "
							+ "y en sus primeras prácticas en hospitales.")
			.lead(madrid, "regional-authority")
			.countries("ES")
			.levels("regional")
			.themes("skills-recognition", "labour-market")
			.gcm(18)
			.targetGroups("refugees")
			.years(2019, null)
			.publish());
		this.returnMa = add(this.fixtures
			.practice("fr", "Accueil et réinsertion des migrants de retour à Oujda",
					"La commune d'Oujda accompagne les migrants de retour dans leur réinsertion économique et "
							+ "sociale.")
			.lead(oujda, "local-authority")
			.countries("MA")
			.levels("local")
			.themes("return-reintegration")
			.gcm(21)
			.targetGroups("returnees")
			.years(2018, null)
			.publish());
		this.returnPt = add(this.fixtures
			.practice("pt", "Reintegração de migrantes retornados em Cabo Verde",
					"O município da Praia apoia os migrantes retornados com formação profissional e microcrédito.")
			.lead(praia, "local-authority")
			.countries("CV")
			.levels("local", "national")
			.themes("return-reintegration", "labour-market")
			.gcm(21)
			.targetGroups("returnees")
			.years(2020, null)
			.publish());
		this.minorsEn = add(this.fixtures
			.practice("en", "Mentoring unaccompanied minors into apprenticeships in Vienna",
					"The City of Vienna pairs unaccompanied minors with volunteer mentors who help them find and "
							+ "keep an apprenticeship.")
			.lead(wien, "local-authority")
			.countries("AT")
			.levels("local")
			.themes("unaccompanied-minors", "labour-market")
			.gcm(7)
			.targetGroups("unaccompanied-minors")
			.years(2017, null)
			.publish());
		this.diasporaEs = add(this.fixtures
			.practice("es", "Fondo de codesarrollo con la diáspora senegalesa en Cataluña",
					"La Generalitat de Cataluña cofinancia los proyectos de las asociaciones senegalesas en sus "
							+ "regiones de origen.")
			.lead(catalunya, "regional-authority")
			.partner(dakar, "diaspora-organisation", "co-financing")
			.countries("ES", "SN")
			.levels("regional")
			.themes("diaspora-engagement", "decentralised-cooperation")
			.gcm(19)
			.targetGroups("diaspora")
			.years(2014, 2020)
			.publish());
		this.jobsFr = add(this.fixtures
			.practice("fr", "Guichet unique pour l'emploi des réfugiés à Bordeaux",
					"Bordeaux Métropole réunit en un seul lieu les conseillers emploi, les interprètes et les "
							+ "employeurs qui recrutent des réfugiés.")
			.lead(bordeaux, "local-authority")
			.countries("FR")
			.levels("local")
			.themes("labour-market", "integration")
			.gcm(18)
			.targetGroups("refugees")
			.years(2022, null)
			.translation("en", "One-stop shop for refugee employment in Bordeaux",
					"Bordeaux Métropole brings employment advisers, interpreters and employers together.")
			.publish());
		this.jobsAr = add(this.fixtures
			.practice("ar", "مرافقة المهاجرين في سوق العمل بمدينة صفاقس",
					"تساعد بلدية صفاقس المهاجرين على الحصول على عمل لائق من خلال التكوين المهني والتوجيه.")
			.lead(sfax, "local-authority")
			.countries("TN")
			.levels("local")
			.themes("labour-market")
			.gcm(6)
			.targetGroups("labour-migrants")
			.years(2021, null)
			.publish());

		this.draft = add(this.fixtures
			.practice("fr", "Hébergement d'urgence à Kerbizien",
					"Un brouillon sur l'hébergement d'urgence à Kerbizien.")
			.lead(rennes, "local-authority")
			.countries("FR")
			.themes("emergency-shelter")
			.draft());
		this.submitted = add(this.fixtures
			.practice("en", "Emergency shelter in Kerbizien", "A submitted emergency shelter practice in Kerbizien.")
			.lead(rennes, "local-authority")
			.countries("FR")
			.themes("emergency-shelter")
			.submit());
		this.archived = add(this.fixtures
			.practice("fr", "Ancien hébergement d'urgence à Kerbizien",
					"Une pratique archivée d'hébergement d'urgence à Kerbizien.")
			.lead(rennes, "local-authority")
			.countries("FR")
			.themes("emergency-shelter")
			.archive());

		// the facet corpus: one made-up region, one practice per language, codes spread
		// out
		long brennCounty = org("Landkreis Brennmark", "regional-authority", "regional", "DE");
		long brennAid = org("Brennmark Hilfe", "civil-society", "local", "AT");
		this.brennFr = add(this.fixtures
			.practice("fr", "Accueil des réfugiés dans les villages de la Brennmark",
					"Les villages de la Brennmark accueillent des familles réfugiées.")
			.lead(brennCounty, "regional-authority")
			.countries("DE")
			.levels("regional")
			.themes("reception")
			.gcm(15)
			.targetGroups("refugees")
			.years(2015, null)
			.publish());
		this.brennEn = add(this.fixtures
			.practice("en", "Rural housing for refugees in the Brennmark",
					"Empty farmhouses of the Brennmark become homes for refugee families.")
			.lead(brennCounty, "regional-authority")
			.countries("DE")
			.levels("regional")
			.themes("housing", "reception")
			.gcm(15)
			.targetGroups("refugees")
			.years(2016, null)
			.publish());
		this.brennEs = add(this.fixtures
			.practice("es", "Empleo para trabajadores migrantes en la Brennmark",
					"Una asociación de la Brennmark acompaña a los trabajadores migrantes hacia el empleo.")
			.lead(brennAid, "civil-society")
			.countries("AT")
			.levels("local")
			.themes("labour-market")
			.gcm(6)
			.targetGroups("labour-migrants")
			.years(2016, null)
			.publish());
		this.brennPt = add(this.fixtures
			.practice("pt", "Saúde para requerentes de asilo na Brennmark",
					"Uma associação da Brennmark oferece consultas médicas aos requerentes de asilo.")
			.lead(brennAid, "civil-society")
			.countries("AT")
			.levels("local")
			.themes("health")
			.gcm(15)
			.targetGroups("asylum-seekers")
			.years(2015, null)
			.publish());
		this.escaped = add(this.fixtures
			.practice("fr", "Les <b>jardins</b> partagés & l'accueil à Tréguennec",
					"Des jardins partagés où voisins et réfugiés cultivent ensemble à Tréguennec.")
			.description("<p>Un atelier &lt;script&gt;alert(1)&lt;/script&gt; de jardinage à Tréguennec.</p>")
			.lead(rennes, "local-authority")
			.countries("FR")
			.themes("social-cohesion")
			.publish());
		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);
	}

	@Test
	void frenchEmergencyShelterFindsTheEnglishAndSpanishSheltersFirst() {
		assertThat(top(3, "hébergement d'urgence", "fr")).containsExactlyInAnyOrder(this.shelterFr, this.shelterEn,
				this.shelterEs);
		assertThat(top(3, "hébergement d’urgence", "fr")).containsExactlyInAnyOrder(this.shelterFr, this.shelterEn,
				this.shelterEs);
		assertThat(top(3, "hebergement urgence", "fr")).contains(this.shelterEn, this.shelterEs);
	}

	@Test
	void englishQueriesFindPracticesWrittenInOtherLanguages() {
		assertThat(top(3, "emergency shelters", "en")).contains(this.shelterFr, this.shelterEs);
		assertThat(top(2, "language courses for migrant women", "en")).containsExactlyInAnyOrder(this.languageFr,
				this.languagePt);
		assertThat(top(1, "diploma recognition for refugee doctors", "en")).containsExactly(this.skillsEs);
	}

	@Test
	void spanishQueriesFindPracticesWrittenInOtherLanguages() {
		assertThat(top(3, "albergue de emergencia", "es")).contains(this.shelterEn, this.shelterFr);
		assertThat(top(3, "aprendizaje de idiomas", "es")).contains(this.languageFr, this.languageEn);
		assertThat(ranking("aprendizaje de idiomas", "es")).contains(this.languagePt);
	}

	@Test
	void portugueseQueriesFindPracticesWrittenInOtherLanguages() {
		List<Long> returns = ranking("reintegração de retornados", "pt");
		assertThat(returns).first().isEqualTo(this.returnPt);
		assertThat(returns).contains(this.returnMa);
		assertThat(top(3, "acolhimento de emergencia", "pt")).containsExactlyInAnyOrder(this.shelterFr, this.shelterEn,
				this.shelterEs);
	}

	@Test
	void arabicQueriesFindPracticesWrittenInOtherLanguages() {
		assertThat(top(3, "المأوى الطارئ", "ar")).containsExactlyInAnyOrder(this.shelterFr, this.shelterEn,
				this.shelterEs);
		assertThat(ranking("سوق العمل", "ar")).contains(this.jobsAr, this.jobsFr);
	}

	@Test
	void frenchQueriesWithPluralsAndArticlesFindTheRightPractice() {
		assertThat(top(1, "mineurs non accompagnés", "fr")).containsExactly(this.minorsEn);
		assertThat(top(1, "reconnaissance des diplômes", "fr")).containsExactly(this.skillsEs);
	}

	@Test
	void aPlaceNameFindsItsPracticeWhateverTheLanguageOfTheQuery() {
		for (String language : List.of("fr", "en", "es", "pt", "ar")) {
			assertThat(top(1, "Oujda", language)).as(language).containsExactly(this.returnMa);
		}
		assertThat(top(1, "Irun", "en")).containsExactly(this.shelterEs);
	}

	@Test
	void aQueryMatchingNothingFindsNothing() {
		PracticeResults results = this.search.search(PracticeQuery.text("xylophonique zorbulent", "fr"));
		assertThat(results.total()).isZero();
		assertThat(results.hits()).isEmpty();
		assertThat(results.isEmpty()).isTrue();
	}

	@Test
	void draftsSubmittedAndArchivedPracticesAreNeverFound() {
		assertThat(this.search.search(PracticeQuery.text("Kerbizien", "fr")).total()).isZero();
		List<Long> everything = new ArrayList<>();
		this.search.forEach(PracticeQuery.all(), 10_000, hits -> hits.forEach(h -> everything.add(h.id())));
		assertThat(everything).contains(this.shelterFr).doesNotContain(this.draft, this.submitted, this.archived);
		assertThat(ranking("hébergement d'urgence", "fr")).doesNotContain(this.draft, this.submitted, this.archived);
	}

	@Test
	void eachFilterNarrowsTheResults() {
		assertThat(brenn(query -> query)).containsExactlyInAnyOrder(this.brennFr, this.brennEn, this.brennEs,
				this.brennPt);
		assertThat(
				ids(brennmark(List.of("reception"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())))
			.containsExactlyInAnyOrder(this.brennFr, this.brennEn);
		assertThat(ids(brennmark(List.of(), List.of(6), List.of(), List.of(), List.of(), List.of(), List.of())))
			.containsExactly(this.brennEs);
		assertThat(ids(brennmark(List.of(), List.of(), List.of("at"), List.of(), List.of(), List.of(), List.of())))
			.containsExactlyInAnyOrder(this.brennEs, this.brennPt);
		assertThat(
				ids(brennmark(List.of(), List.of(), List.of(), List.of("regional"), List.of(), List.of(), List.of())))
			.containsExactlyInAnyOrder(this.brennFr, this.brennEn);
		assertThat(ids(
				brennmark(List.of(), List.of(), List.of(), List.of(), List.of("civil-society"), List.of(), List.of())))
			.containsExactlyInAnyOrder(this.brennEs, this.brennPt);
		assertThat(ids(
				brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("asylum-seekers"), List.of())))
			.containsExactly(this.brennPt);
		assertThat(ids(brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(2016))))
			.containsExactlyInAnyOrder(this.brennEn, this.brennEs);
		// several values of one filter are alternatives; filters of two dimensions both
		// apply
		assertThat(ids(brennmark(List.of("health", "housing"), List.of(), List.of("DE"), List.of(), List.of(),
				List.of(), List.of())))
			.containsExactly(this.brennEn);
	}

	@Test
	void facetCountsIgnoreTheirOwnDimensionsFilter() {
		PracticeResults all = this.search
			.search(brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
		assertThat(all.facets().get(PracticeFacets.THEME)).containsExactlyInAnyOrderEntriesOf(
				Map.of("reception", 2L, "housing", 1L, "labour-market", 1L, "health", 1L));
		assertThat(all.facets().get(PracticeFacets.GCM)).containsExactlyInAnyOrderEntriesOf(Map.of("15", 3L, "6", 1L));
		assertThat(all.facets().get(PracticeFacets.START_YEAR))
			.containsExactlyInAnyOrderEntriesOf(Map.of("2015", 2L, "2016", 2L));
		assertThat(all.facets().get(PracticeFacets.ORGANISATION_TYPE))
			.containsExactlyInAnyOrderEntriesOf(Map.of("regional-authority", 2L, "civil-society", 2L));
		assertThat(all.facets().keySet()).containsExactlyElementsOf(PracticeFacets.DIMENSIONS);

		PracticeResults german = this.search
			.search(brennmark(List.of(), List.of(), List.of("DE"), List.of(), List.of(), List.of(), List.of()));
		assertThat(german.total()).isEqualTo(2);
		// the country facet ignores the country filter: it tells what another country
		// would give
		assertThat(german.facets().get(PracticeFacets.COUNTRY))
			.containsExactlyInAnyOrderEntriesOf(Map.of("DE", 2L, "AT", 2L));
		assertThat(german.facets().get(PracticeFacets.THEME))
			.containsExactlyInAnyOrderEntriesOf(Map.of("reception", 2L, "housing", 1L));
		assertThat(german.facets().get(PracticeFacets.LEVEL))
			.containsExactlyInAnyOrderEntriesOf(Map.of("regional", 2L));

		PracticeResults germanReception = this.search.search(
				brennmark(List.of("reception"), List.of(), List.of("DE"), List.of(), List.of(), List.of(), List.of()));
		assertThat(germanReception.facets().get(PracticeFacets.THEME))
			.containsExactlyInAnyOrderEntriesOf(Map.of("reception", 2L, "housing", 1L));
		assertThat(germanReception.facets().get(PracticeFacets.COUNTRY))
			.containsExactlyInAnyOrderEntriesOf(Map.of("DE", 2L));
	}

	@Test
	void highlightsMarkTheWordsAndEscapeTheText() {
		PracticeHit hit = this.search.search(PracticeQuery.text("jardins Tréguennec", "fr").withPage(0, 100))
			.hits()
			.stream()
			.filter(h -> h.id() == this.escaped)
			.findFirst()
			.orElseThrow();
		assertThat(hit.highlights()).isNotEmpty();
		assertThat(hit.highlights()).anySatisfy(h -> assertThat(h).contains("<mark>"));
		String all = String.join(" ", hit.highlights());
		assertThat(all).contains("&lt;b&gt;").doesNotContain("<b>").doesNotContain("<script");
		assertThat(all.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");

		PracticeHit crossLanguage = this.search
			.search(PracticeQuery.text("hébergement d'urgence", "fr").withPage(0, PracticeQuery.MAX_SIZE))
			.hits()
			.stream()
			.filter(h -> h.id() == this.shelterEn)
			.findFirst()
			.orElseThrow();
		assertThat(String.join(" ", crossLanguage.highlights())).containsIgnoringCase("<mark>emergency shelter");
		assertThat(crossLanguage.score()).isPositive();
	}

	@Test
	void sortsByNewestWhenAskedOrWithoutWords() {
		PracticeQuery newest = brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())
			.withSort(Sort.NEWEST);
		assertThat(ids(newest)).containsExactly(this.brennPt, this.brennEs, this.brennEn, this.brennFr);
		PracticeQuery withoutWords = new PracticeQuery(null, null, List.of(), List.of(), List.of("DE", "AT"), List.of(),
				List.of(), List.of(), List.of(2015, 2016), Sort.RELEVANCE, 0, 100);
		assertThat(withoutWords.sort()).isEqualTo(Sort.NEWEST);
		assertThat(ids(withoutWords)).containsSubsequence(this.brennPt, this.brennEs, this.brennEn, this.brennFr);
	}

	@Test
	void pagesThroughTheResults() {
		PracticeQuery all = brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())
			.withSort(Sort.NEWEST);
		PracticeResults second = this.search.search(all.withPage(1, 3));
		assertThat(second.total()).isEqualTo(4);
		assertThat(second.pageCount()).isEqualTo(2);
		assertThat(second.hits()).extracting(PracticeHit::id).containsExactly(this.brennFr);
		assertThat(this.search.search(all.withPage(0, 3)).hits()).extracting(PracticeHit::id)
			.containsExactly(this.brennPt, this.brennEs, this.brennEn);
	}

	@Test
	void similarPracticesShareAThemeAndExcludeThePracticeItself() {
		// other test classes sharing this application publish shelter practices too: look
		// far enough down the list to see the corpus
		List<PracticeHit> similar = this.search.similar(this.shelterFr, 100);
		assertThat(similar).extracting(PracticeHit::id)
			.doesNotContain(this.shelterFr, this.draft, this.submitted, this.archived)
			.contains(this.shelterEn, this.shelterEs);
		assertThat(similar).allSatisfy(h -> assertThat(h.themes()).containsAnyOf("emergency-shelter", "reception"));
		assertThat(this.search.similar(this.shelterFr, 5)).hasSizeLessThanOrEqualTo(5);
		assertThat(this.search.similar(this.draft, 5)).isEmpty();
		assertThat(this.search.similar(987654321L, 5)).isEmpty();
	}

	@Test
	void readsAWholeResultListInOrder() {
		List<Long> read = new ArrayList<>();
		PracticeQuery query = brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())
			.withSort(Sort.NEWEST);
		int count = this.search.forEach(query, 3, hits -> hits.forEach(h -> read.add(h.id())));
		assertThat(count).isEqualTo(3);
		assertThat(read).containsExactly(this.brennPt, this.brennEs, this.brennEn);
	}

	/** The corpus practices found, best first. */
	private List<Long> ranking(String text, String language) {
		PracticeQuery query = PracticeQuery.text(text, language).withPage(0, PracticeQuery.MAX_SIZE);
		return this.search.search(query).hits().stream().map(PracticeHit::id).filter(this.corpus::contains).toList();
	}

	private List<Long> top(int n, String text, String language) {
		List<Long> ranking = ranking(text, language);
		return ranking.subList(0, Math.min(n, ranking.size()));
	}

	private List<Long> brenn(java.util.function.UnaryOperator<PracticeQuery> change) {
		return ids(
				change.apply(brennmark(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
	}

	private List<Long> ids(PracticeQuery query) {
		return this.search.search(query).hits().stream().map(PracticeHit::id).toList();
	}

	private static PracticeQuery brennmark(List<String> themes, List<Integer> gcm, List<String> countries,
			List<String> levels, List<String> organisationTypes, List<String> targetGroups, List<Integer> years) {
		return new PracticeQuery("Brennmark", "en", themes, gcm, countries, levels, organisationTypes, targetGroups,
				years, null, 0, 100);
	}

	private long org(String name, String type, String level, String country) {
		return this.fixtures.organisation(name, type, level, country);
	}

	private long add(long id) {
		this.corpus.add(id);
		return id;
	}

}
