package org.passerelle.kernel.search;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;

import org.springframework.stereotype.Component;

/**
 * {@code search reindex}: rebuilds the whole search index from the database, on either
 * backend. Used after restoring a database backup, after moving to another search
 * cluster, or when a mapping changed. On a cluster, indexing from the outbox pauses on
 * every node while the command runs.
 */
@Component
class SearchReindexCommand implements CliCommand {

	private final EntityManagerFactory entityManagerFactory;

	SearchReindexCommand(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public String name() {
		return "search reindex";
	}

	@Override
	public String usage() {
		return "";
	}

	@Override
	public String description() {
		return "Rebuilds the search index from the database.";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		if (!args.isEmpty()) {
			throw new CliException("search reindex takes no arguments", 2);
		}
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		List<? extends SearchIndexedEntity<?>> types = mapping.allIndexedEntities()
			.stream()
			.sorted(Comparator.comparing(SearchIndexedEntity::jpaName))
			.toList();
		if (types.isEmpty()) {
			out.println("Nothing to index.");
			return 0;
		}
		mapping.scope(Object.class)
			.massIndexer()
			.purgeAllOnStart(true)
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(2)
			.startAndWait();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			for (SearchIndexedEntity<?> type : types) {
				long count = session.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
				out.printf("%s: %d indexed%n", type.jpaName(), count);
			}
		}
		return 0;
	}

}
