package org.passerelle.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CommandLineMode;
import org.passerelle.practices.PracticeLines;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code practices import} and {@code practices export} as the dispatcher runs them: exit
 * statuses, the summary, every problem listed in English, the progress bar.
 */
@PasserelleIntegrationTest
class PracticeCommandsIntegrationTests {

	@Autowired
	Collection<CliCommand> commands;

	@Autowired
	PracticeRepository practices;

	@Autowired
	OrganisationDirectory directory;

	final PracticeLines lines = new PracticeLines();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importsAFileAndSaysWhatItDid() throws IOException {
		Path file = write(this.lines.file(2));

		int status = dispatch("practices", "import", file.toString());

		assertThat(status).isZero();
		assertThat(text(this.out)).contains("Imported " + file.toAbsolutePath())
			.contains("2 created (published), 0 updated, 2 organisations created");
		assertThat(this.practices.findByExternalId(this.lines.externalId(2))).isPresent();
	}

	@Test
	void keepsNewPracticesAsDraftsWithStatusDraft() throws IOException {
		Path file = write(this.lines.file(1));

		int status = dispatch("practices", "import", file.toString(), "--status", "draft");

		assertThat(status).isZero();
		assertThat(text(this.out)).contains("1 created (draft)");
		assertThat(this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow().getStatus())
			.isEqualTo(PracticeStatus.DRAFT);
	}

	@Test
	void listsEveryProblemInEnglishAndExitsWithOne() throws IOException {
		List<String> file = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			Map<String, Object> practice = this.lines.practice(i);
			if (i == 7) {
				practice.put("themes", List.of("xyz"));
			}
			file.add(i == 3 ? "{oops" : PracticeLines.line(practice));
		}
		long before = this.practices.count();
		long organisations = this.directory.count();

		int status = dispatch("practices", "import", write(PracticeLines.file(file)).toString());

		assertThat(status).isEqualTo(1);
		assertThat(text(this.err)).contains("nothing imported from ")
			.contains(": 2 problems")
			.contains("\nline 3: The line is not valid JSON (column ")
			.contains("\nline 7, themes: \"xyz\" is not a known theme code.");
		assertThat(text(this.out)).isEmpty();
		assertThat(this.practices.count()).isEqualTo(before);
		assertThat(this.directory.count()).isEqualTo(organisations);
	}

	@Test
	void drawsAProgressBarOnTheTerminalForLongFiles() throws IOException {
		Path file = write(this.lines.file(250));
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = dispatch("practices", "import", file.toString(), "--status=draft");
		}
		finally {
			System.setErr(original);
		}

		assertThat(status).isZero();
		assertThat(text(terminal)).contains("\rChecking [")
			.contains("\rWriting  [##############################] 100% 250/250 lines")
			.endsWith("\n");
	}

	@Test
	void refusesWrongArgumentsWithStatusTwo() throws IOException {
		Path file = write(this.lines.file(1));

		assertThat(dispatch("practices", "import")).isEqualTo(2);
		assertThat(dispatch("practices", "import", file.toString(), "--status", "archived")).isEqualTo(2);
		assertThat(text(this.err)).contains("Unknown status 'archived': use one of published, draft");
		assertThat(dispatch("practices", "import", "target/test-data/no-such-file.jsonl")).isEqualTo(1);
		assertThat(text(this.err)).contains("no such file");
	}

	@Test
	void exportsThePracticesWithAStatus() throws IOException {
		dispatch("practices", "import", write(this.lines.file(2)).toString(), "--status", "draft");
		Path target = Path.of("target", "test-data", "export-" + UUID.randomUUID() + ".jsonl");

		int status = dispatch("practices", "export", target.toString(), "--status", "draft");

		assertThat(status).isZero();
		List<String> written = Files.readAllLines(target);
		assertThat(text(this.out)).contains("Exported " + written.size() + " draft practices to ");
		assertThat(written).anySatisfy(line -> assertThat(line).contains(this.lines.externalId(1)))
			.anySatisfy(line -> assertThat(line).contains(this.lines.externalId(2)));
	}

	private int dispatch(String... words) {
		return CommandLineMode.dispatch(this.commands, List.of(words),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static Path write(String content) throws IOException {
		Path file = Path.of("target", "test-data", "import-" + UUID.randomUUID() + ".jsonl");
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

	private static String text(ByteArrayOutputStream buffer) {
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
