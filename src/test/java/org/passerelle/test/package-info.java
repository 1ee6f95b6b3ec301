/**
 * Test support shared by every module: how the whole application is started in tests.
 *
 * <h2>Two set-ups, one set of tests</h2>
 * <ul>
 * <li>{@link org.passerelle.test.PasserelleIntegrationTest}: the embedded default (H2
 * file database and Lucene index in a fresh data folder). Use it for every
 * full-application test.
 * <li>{@link org.passerelle.test.ScaledIntegrationTest}: the scaled set-up (PostgreSQL
 * and OpenSearch, with Hibernate Search's outbox-polling coordination). Both servers are
 * started once per test JVM by {@link org.passerelle.test.ScaledBackends}; every
 * application context gets its own database and its own index names, so contexts never
 * see each other's data.
 * </ul>
 *
 * <h2>The contract pattern</h2> Tests of persistence and search, whose result could
 * differ between H2 and PostgreSQL or between Lucene and OpenSearch (queries, migrations,
 * analyzers, indexing), are written once and run on both set-ups: <pre>
 * abstract class OrganisationSearchContract {          // the tests, no annotation
 *
 *     &#64;Autowired OrganisationDirectory directory;
 *     &#64;Autowired EntityManagerFactory entityManagerFactory;
 *     &#64;Autowired JdbcTemplate jdbc;
 *
 *     &#64;Test
 *     void findsAnOrganisationByAWordOfItsName() {
 *         directory.create(...);
 *         SearchIndexing.awaitSearchable(entityManagerFactory, jdbc);
 *         assertThat(directory.search("réfugiés", ...)).extracting(...).contains(...);
 *     }
 * }
 *
 * &#64;PasserelleIntegrationTest
 * class OrganisationSearchIntegrationTests extends OrganisationSearchContract {
 * }
 *
 * &#64;ScaledIntegrationTest
 * class OrganisationSearchScaledIntegrationTests extends OrganisationSearchContract {
 * }
 * </pre> The contract class is package-private, abstract and named {@code …Contract}; its
 * subclasses are named {@code …IntegrationTests} and {@code …ScaledIntegrationTests} and
 * are usually empty. A test that only makes sense on one set-up goes into that subclass
 * (e.g. that the index lives in the data folder, or that indexing goes through the
 * outbox). When the expectations differ, the contract declares an abstract method that
 * each subclass answers (see {@code PlatformContract}).
 *
 * <h2>Rules that keep both set-ups green</h2>
 * <ul>
 * <li>Contexts are shared between test classes: never rely on data another test left, use
 * unique names and e-mail addresses (a UUID), and never assume a table or index is empty.
 * <li>The scaled set-up indexes asynchronously. Between saving and searching, call
 * {@link org.passerelle.test.SearchIndexing#awaitSearchable}: it returns at once on the
 * embedded default and waits for the outbox to be processed on the scaled one. It is the
 * one allowed wait; never sleep.
 * <li>Commit before searching: a change is indexed when its transaction commits, so a
 * test must not run inside a test-managed transaction ({@code @Transactional} on the
 * test) when it searches. Use {@code TransactionTemplate} or call the module's
 * transactional service.
 * <li>SQL in migrations and native queries must run on H2 (PostgreSQL mode) and
 * PostgreSQL; vendor-specific migrations go to {@code db/migration/h2} and
 * {@code db/migration/postgresql}.
 * </ul>
 *
 * <h2>Other support</h2>
 * <ul>
 * <li>{@link org.passerelle.test.SearchProbe}: an indexed entity that exists only on the
 * test class path (its table comes from the test migration
 * {@code V9000__test_search_probe.sql}), for testing the search infrastructure without
 * depending on a module.
 * <li>{@link org.passerelle.test.BrowserTestSupport}: base class of the
 * {@code *BrowserTests} (Selenium and headless Chromium, profile {@code browser}).
 * <li>{@code src/test/resources/route-access.csv}: the access rule of every route,
 * checked by {@code RouteAccessIntegrationTests}; a new route needs a line there.
 * </ul>
 */
package org.passerelle.test;
