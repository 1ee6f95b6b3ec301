package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.accounts.Role;
import org.passerelle.test.DataFolderApplication;
import org.passerelle.test.SearchProbe;

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
		try (ConfigurableApplicationContext first = DataFolderApplication.start(this.dataFolder)) {
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

		try (ConfigurableApplicationContext second = DataFolderApplication.start(this.dataFolder)) {
			CurrentUser user = second.getBean(Accounts.class).findByEmail(email).orElseThrow();
			assertThat(user.displayName()).isEqualTo("Amina Restart");
			assertThat(user.roles()).contains(Role.MEMBER);
			assertThat(
					DataFolderApplication.probeTitles(second.getBean(EntityManagerFactory.class), marker, "réfugiés"))
				.containsExactly("Accueil des personnes réfugiées");
		}
	}

}
