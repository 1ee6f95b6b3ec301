package org.passerelle.practices.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleApplication;
import org.passerelle.kernel.cli.CommandLineMode;

/**
 * The benchmark commands as {@code java -jar passerelle.jar practices …} runs them: the
 * application without a web server on its own data folder, one command after the other as
 * bench/practices-search.sh does.
 */
class PracticesCommandLineIntegrationTests {

	private final Path dataDir = Path.of("target", "test-data", "cli-practices-" + UUID.randomUUID());

	@Test
	void generatesPracticesThenTimesTheBenchmarkQueriesOnThem() throws Exception {
		String generated = run("practices", "generate", "50", "--seed", "3", "--organisations", "10");

		assertThat(generated).contains("Generated 50 practices and 10 organisations with seed 3.");
		assertThat(publishedPractices()).isEqualTo(50);

		Path queries = this.dataDir.resolve("queries.tsv");
		Files.writeString(queries, "# two queries\nfr\thébergement d'urgence\t\nen\tintegration\ttheme=integration\n");
		String timed = run("practices", "bench-queries", queries.toString(), "--warmup", "0", "--rounds", "3");

		assertThat(timed).contains("2 queries").contains("executions  6").containsPattern("p99 +\\d+\\.\\d+ ms");
	}

	private String run(String... command) {
		String[] args = new String[command.length + 2];
		System.arraycopy(command, 0, args, 0, command.length);
		args[command.length] = "--passerelle.data-dir=" + this.dataDir;
		args[command.length + 1] = "--passerelle.demo=false";
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = CommandLineMode.run(PasserelleApplication.class, args);
		}
		finally {
			System.setOut(original);
		}
		String output = captured.toString(StandardCharsets.UTF_8);
		assertThat(status).as(output).isZero();
		return output;
	}

	/** Read from the database file once the command has closed it. */
	private long publishedPractices() throws Exception {
		String url = "jdbc:h2:file:" + this.dataDir.toAbsolutePath().resolve("db/passerelle")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from practices_practice where status = 'PUBLISHED'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
