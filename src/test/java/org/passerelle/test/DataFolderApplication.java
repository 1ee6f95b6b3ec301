package org.passerelle.test;

import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.PasserelleApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded server started on a given data folder, as an operator starts it, for tests
 * that stop and start the application on the same files (restart, backup and restore).
 */
public final class DataFolderApplication {

	private DataFolderApplication() {
	}

	/** Starts the server (random port, no demo content) on the data folder. */
	public static ConfigurableApplicationContext start(Path dataFolder) {
		return new SpringApplicationBuilder(PasserelleApplication.class).web(WebApplicationType.SERVLET)
			// as command-line arguments: above application.yml, like an operator's
			// settings
			.run("--passerelle.data-dir=" + dataFolder, "--passerelle.demo=false", "--server.port=0",
					"--spring.main.banner-mode=off");
	}

	/**
	 * Titles of the {@link SearchProbe}s with this marker whose title matches the word.
	 */
	public static List<String> probeTitles(EntityManagerFactory entityManagerFactory, String marker, String word) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(SearchProbe.class)
				.where((f) -> f.and(f.match().field("marker").matching(marker),
						f.match().field("title").matching(word)))
				.fetchHits(10)
				.stream()
				.map(SearchProbe::getTitle)
				.toList();
		}
	}

}
