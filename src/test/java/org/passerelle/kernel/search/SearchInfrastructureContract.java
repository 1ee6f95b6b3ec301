package org.passerelle.kernel.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CommandLineMode;
import org.passerelle.test.SearchIndexing;
import org.passerelle.test.SearchProbe;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every module relies on from search, on either set-up: a saved record is found by
 * another form of its words, a deleted one disappears, and {@code search reindex}
 * rebuilds the index from the database. Uses the test-only {@link SearchProbe} entity.
 */
abstract class SearchInfrastructureContract {

	private static final String TITLE = "L'hébergement d'urgence des familles";

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<CliCommand> commands;

	@Test
	void findsASavedRecordByAnotherFormOfItsWords() {
		String marker = UUID.randomUUID().toString();
		save(new SearchProbe(marker, TITLE));

		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);

		assertThat(search(marker, "hebergements")).containsExactly(TITLE);
		assertThat(search(marker, "URGENCES")).containsExactly(TITLE);
		assertThat(search(marker, "logement")).isEmpty();
	}

	@Test
	void findsAnEditedRecordByItsNewWords() {
		String marker = UUID.randomUUID().toString();
		long id = save(new SearchProbe(marker, TITLE));
		this.transactions.executeWithoutResult((status) -> {
			EntityManager entityManager = entityManagerOfTransaction();
			entityManager.find(SearchProbe.class, id).setTitle("Accès au logement");
		});

		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);

		assertThat(search(marker, "logements")).containsExactly("Accès au logement");
		assertThat(search(marker, "hébergement")).isEmpty();
	}

	@Test
	void forgetsADeletedRecord() {
		String marker = UUID.randomUUID().toString();
		long id = save(new SearchProbe(marker, TITLE));
		this.transactions.executeWithoutResult((status) -> {
			EntityManager entityManager = entityManagerOfTransaction();
			entityManager.remove(entityManager.find(SearchProbe.class, id));
		});

		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);

		assertThat(search(marker, "hébergement")).isEmpty();
	}

	@Test
	void reindexCommandRebuildsTheIndexFromTheDatabase() {
		String marker = UUID.randomUUID().toString();
		// written behind Hibernate's back, as after restoring a database backup
		this.jdbc.update("insert into test_search_probe (marker, title) values (?, ?)", marker, TITLE);
		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);
		assertThat(search(marker, "hébergement")).isEmpty();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = CommandLineMode.dispatch(this.commands, List.of("search", "reindex"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("SearchProbe:");
		SearchIndexing.awaitSearchable(this.entityManagerFactory, this.jdbc);
		assertThat(search(marker, "hébergement")).containsExactly(TITLE);
	}

	private long save(SearchProbe probe) {
		this.transactions.executeWithoutResult((status) -> entityManagerOfTransaction().persist(probe));
		return probe.getId();
	}

	private EntityManager entityManagerOfTransaction() {
		return org.springframework.orm.jpa.EntityManagerFactoryUtils
			.getTransactionalEntityManager(this.entityManagerFactory);
	}

	private List<String> search(String marker, String words) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(SearchProbe.class)
				.where((f) -> f.and(f.match().field("marker").matching(marker),
						f.match().field("title").matching(words)))
				.fetchHits(10)
				.stream()
				.map(SearchProbe::getTitle)
				.toList();
		}
	}

}
