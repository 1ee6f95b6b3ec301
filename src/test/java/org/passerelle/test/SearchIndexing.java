package org.passerelle.test;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;
import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes committed changes searchable before a test searches for them, on either set-up.
 * The embedded default indexes synchronously, so there is nothing to wait for. The scaled
 * set-up indexes asynchronously: a transaction writes its changes to the outbox table and
 * a background agent sends them to OpenSearch. This is the one place where tests wait: it
 * returns as soon as the outbox is empty (usually a fraction of a second), then refreshes
 * the indexes; it fails after a minute or as soon as the agent gives up on an event.
 */
public final class SearchIndexing {

	private SearchIndexing() {
	}

	/** Waits until every change committed so far is indexed and visible to searches. */
	public static void awaitSearchable(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		if (usesOutbox(entityManagerFactory)) {
			Awaitility.await("the search outbox to be processed")
				.atMost(Duration.ofMinutes(1))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> pendingEvents(jdbc) == 0);
		}
		Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
	}

	/** Whether indexing goes through the outbox table (the scaled set-up). */
	public static boolean usesOutbox(EntityManagerFactory entityManagerFactory) {
		return "outbox-polling"
			.equals(entityManagerFactory.getProperties().get("hibernate.search.coordination.strategy"));
	}

	private static int pendingEvents(JdbcTemplate jdbc) {
		Integer aborted = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'",
				Integer.class);
		if (aborted != null && aborted > 0) {
			throw new IllegalStateException(aborted + " search indexing events were aborted: see the log");
		}
		Integer pending = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class);
		return (pending != null) ? pending : 0;
	}

}
