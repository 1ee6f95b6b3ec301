package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.passerelle.PasserelleApplication;
import org.passerelle.kernel.cli.CommandLineMode;
import org.passerelle.practices.PracticeLines;

/**
 * The repository moved out and in whole, as {@code java -jar passerelle.jar} does it:
 * practices imported into one platform, exported, imported into an empty platform and
 * exported again give the same lines, and the same content as the file first imported.
 */
class PracticeCommandLineRoundTripIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path folder = Path.of("target", "test-data", "round-trip-" + UUID.randomUUID());

	@Test
	void exportThenImportIntoAnEmptyPlatformGivesTheSameContentBack() throws IOException {
		PracticeLines lines = new PracticeLines();
		Map<String, Object> minimal = Map.of("externalId", lines.externalId(3), "language", "pt", "title",
				"Prática mínima", "summary", "Só o obrigatório.", "countries", List.of("PT"), "themes",
				List.of("integration"), "organisation", PracticeLines.organisation("Organização Internacional",
						"international-organisation", null, "international"));
		Files.createDirectories(this.folder);
		Path input = Files.writeString(this.folder.resolve("input.jsonl"),
				PracticeLines.file(List.of(PracticeLines.line(lines.practice(1)), PracticeLines.line(lines.practice(2)),
						PracticeLines.line(minimal))));
		Path first = this.folder.resolve("first.jsonl");
		Path second = this.folder.resolve("second.jsonl");

		String imported = run("practices", "import", input.toString(), dataDir("a"));
		run("practices", "export", first.toString(), dataDir("a"));
		run("practices", "import", first.toString(), dataDir("b"));
		String exported = run("practices", "export", second.toString(), dataDir("b"));

		assertThat(imported).contains("3 created (published), 0 updated, 3 organisations created");
		assertThat(exported).contains("Exported 3 published practices");
		assertThat(Files.readAllLines(second)).isEqualTo(Files.readAllLines(first));
		assertThat(Files.readAllLines(first).stream().map(JSON::readTree).toList())
			.isEqualTo(Files.readAllLines(input).stream().map(JSON::readTree).toList());
	}

	private String dataDir(String name) {
		return "--passerelle.data-dir=" + this.folder.resolve(name);
	}

	/**
	 * Runs a command as {@code java -jar} would, expecting success; returns its output.
	 */
	private static String run(String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = CommandLineMode.run(PasserelleApplication.class, args);
		}
		finally {
			System.setOut(original);
		}
		String output = buffer.toString(StandardCharsets.UTF_8);
		assertThat(status).as("exit status of %s (output: %s)", String.join(" ", args), output).isZero();
		return output;
	}

}
