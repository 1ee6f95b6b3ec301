package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.test.SearchProbe;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default keeps what users created: the application is started on a data
 * folder, stopped, and started again on the same folder.
 */
class DataFolderRestartIntegrationTests {

	private final Path dataFolder = Path.of("target", "test-data", "restart-" + UUID.randomUUID());

	@Test
	void keepsAccountsAndSearchIndexAcrossRestarts() {
		String email = "restart-" + UUID.randomUUID() + "@example.org";
		String marker = UUID.randomUUID().toString();
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(Accounts.class)
				.createConfirmedUser(email, "Amina Restart", "a long enough password", Locale.FRENCH,
						Set.of(Role.MEMBER));
			EntityManagerFactory entityManagerFactory = first.getBean(EntityManagerFactory.class);
			first.getBean(TransactionTemplate.class)
				.executeWithoutResult(
						(status) -> EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory)
							.persist(new SearchProbe(marker, "Accueil des personnes réfugiées")));
		}
		assertThat(this.dataFolder.resolve("db").resolve("passerelle.mv.db")).isNotEmptyFile();

		try (ConfigurableApplicationContext second = start()) {
			CurrentUser user = second.getBean(Accounts.class).findByEmail(email).orElseThrow();
			assertThat(user.displayName()).isEqualTo("Amina Restart");
			assertThat(user.roles()).contains(Role.MEMBER);
			assertThat(searchTitles(second.getBean(EntityManagerFactory.class), marker))
				.containsExactly("Accueil des personnes réfugiées");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PasserelleApplication.class).web(WebApplicationType.SERVLET)
			// as command-line arguments: above application.yml, like an operator's
			// settings
			.run("--passerelle.data-dir=" + this.dataFolder, "--passerelle.demo=false", "--server.port=0",
					"--spring.main.banner-mode=off");
	}

	private static List<String> searchTitles(EntityManagerFactory entityManagerFactory, String marker) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(SearchProbe.class)
				.where((f) -> f.and(f.match().field("marker").matching(marker),
						f.match().field("title").matching("réfugiés")))
				.fetchHits(10)
				.stream()
				.map(SearchProbe::getTitle)
				.toList();
		}
	}

}
