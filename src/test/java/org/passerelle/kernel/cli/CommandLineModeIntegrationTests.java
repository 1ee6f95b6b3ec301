package org.passerelle.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleApplication;

/**
 * The command line as {@code java -jar passerelle.jar <command>} runs it: the application
 * without a web server, on its own data folder, returning the command's exit status.
 */
class CommandLineModeIntegrationTests {

	private final String dataDir = "--passerelle.data-dir=target/test-data/cli-" + UUID.randomUUID();

	@Test
	void exportsTheThesaurusWithoutStartingTheServer() throws Exception {
		Path file = Path.of("target", "test-data", "cli-export-" + UUID.randomUUID() + ".jsonld");

		int status = CommandLineMode.run(PasserelleApplication.class,
				new String[] { "thesaurus", "export", file.toString(), this.dataDir });

		assertThat(status).isZero();
		assertThat(Files.readString(file)).contains("skos:prefLabel").contains("hébergement d'urgence");
	}

	@Test
	void failsWithANonZeroStatusOnAnUnwritablePath() {
		int status = CommandLineMode.run(PasserelleApplication.class,
				new String[] { "thesaurus", "export", "/nonexistent-folder/thesaurus.jsonld", this.dataDir });

		assertThat(status).isNotZero();
	}

	@Test
	void refusesAnUnknownCommand() {
		int status = CommandLineMode.run(PasserelleApplication.class,
				new String[] { "no-such", "command", this.dataDir });

		assertThat(status).isEqualTo(2);
	}

}
