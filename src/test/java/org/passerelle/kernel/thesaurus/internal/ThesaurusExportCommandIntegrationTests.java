package org.passerelle.kernel.thesaurus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CommandLineMode;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PasserelleIntegrationTest
class ThesaurusExportCommandIntegrationTests {

	@Autowired
	Collection<CliCommand> commands;

	@Autowired
	Thesaurus thesaurus;

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesTheThesaurusAsJsonLd() throws Exception {
		Path file = this.folder.resolve("thesaurus.jsonld");

		int status = run("thesaurus", "export", file.toString());

		assertThat(status).isZero();
		JsonNode graph = JsonMapper.builder().build().readTree(file.toFile()).path("@graph");
		assertThat(graph.size()).isEqualTo(this.thesaurus.size() + 1);
		assertThat(text(this.out)).contains("Exported " + this.thesaurus.size() + " thesaurus concepts");
	}

	@Test
	void writesTurtleWhenAskedOrForATtlFile() throws Exception {
		Path asked = this.folder.resolve("asked.txt");
		Path byName = this.folder.resolve("thesaurus.ttl");

		assertThat(run("thesaurus", "export", asked.toString(), "--format", "turtle")).isZero();
		assertThat(run("thesaurus", "export", byName.toString())).isZero();

		assertThat(Files.readString(asked)).startsWith("@prefix skos:");
		assertThat(Files.readString(byName)).startsWith("@prefix skos:");
	}

	@Test
	void failsWithAClearMessageOnAnUnwritablePath() {
		Path file = this.folder.resolve("no/such/folder/thesaurus.jsonld");

		int status = run("thesaurus", "export", file.toString());

		assertThat(status).isNotZero();
		assertThat(text(this.err)).contains("Cannot write " + file).contains("the folder does not exist");
		assertThat(file).doesNotExist();
	}

	@Test
	void failsOnAMissingFileOrUnknownFormat() {
		assertThat(run("thesaurus", "export")).isNotZero();
		assertThat(run("thesaurus", "export", this.folder.resolve("x").toString(), "--format=rdfxml")).isNotZero();
		assertThat(text(this.err)).contains("Which file?").contains("Unknown SKOS format");
	}

	private int run(String... words) {
		return CommandLineMode.dispatch(this.commands, List.of(words),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
