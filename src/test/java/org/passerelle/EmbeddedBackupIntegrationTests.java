package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.Role;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CommandLineMode;
import org.passerelle.test.DataFolderApplication;
import org.passerelle.test.SearchProbe;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portable backup of the embedded default described in docs/OPERATIONS.md: the
 * stopped database is exported as SQL with H2's Script tool, loaded into an empty data
 * folder with RunScript, and {@code search reindex} rebuilds the index there.
 */
class EmbeddedBackupIntegrationTests {

	private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private final Path work = Path.of("target", "test-data", "backup-" + UUID.randomUUID()).toAbsolutePath();

	@Test
	void restoresAnSqlExportIntoANewDataFolder() throws Exception {
		Path original = this.work.resolve("original");
		Path restored = this.work.resolve("restored");
		Path dump = this.work.resolve("passerelle.sql");
		String email = "backup-" + UUID.randomUUID() + "@example.org";
		String marker = UUID.randomUUID().toString();
		try (ConfigurableApplicationContext app = DataFolderApplication.start(original)) {
			app.getBean(Accounts.class)
				.createConfirmedUser(email, "Backup Officer", "a long enough password", Locale.FRENCH,
						Set.of(Role.ADMINISTRATOR));
			EntityManagerFactory entityManagerFactory = app.getBean(EntityManagerFactory.class);
			app.getBean(TransactionTemplate.class)
				.executeWithoutResult(
						(status) -> EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory)
							.persist(new SearchProbe(marker, "Coordination des politiques d'intégration")));
		}

		exportAndImport(original, restored, dump);

		assertThat(dump).isNotEmptyFile();
		assertThat(restored.resolve("index")).doesNotExist();
		try (ConfigurableApplicationContext app = DataFolderApplication.start(restored)) {
			assertThat(app.getBean(Accounts.class).findByEmail(email)).get()
				.satisfies((user) -> assertThat(user.roles()).contains(Role.ADMINISTRATOR));
			EntityManagerFactory entityManagerFactory = app.getBean(EntityManagerFactory.class);
			assertThat(DataFolderApplication.probeTitles(entityManagerFactory, marker, "integration")).isEmpty();

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int status = CommandLineMode.dispatch(app.getBeansOfType(CliCommand.class).values(),
					List.of("search", "reindex"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

			assertThat(status).isZero();
			assertThat(DataFolderApplication.probeTitles(entityManagerFactory, marker, "integration"))
				.containsExactly("Coordination des politiques d'intégration");
		}
	}

	private static void exportAndImport(Path from, Path to, Path dump) throws SQLException, java.io.IOException {
		Script.main("-url", "jdbc:h2:file:" + from.resolve("db/passerelle") + H2_SETTINGS, "-user", "sa", "-script",
				dump.toString());
		Files.createDirectories(to.resolve("db"));
		RunScript.main("-url", "jdbc:h2:file:" + to.resolve("db/passerelle") + H2_SETTINGS, "-user", "sa", "-script",
				dump.toString());
	}

}
