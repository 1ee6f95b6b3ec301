package org.passerelle.practices.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeImporter.Problem;
import org.passerelle.practices.internal.PracticeImporter.Result;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code practices import FILE [--status draft|published]}: imports a JSON Lines file as
 * the system, all or nothing, with a progress bar on the terminal for long files. Every
 * problem is listed in English, one a line ({@code line 7, themes: "xyz" is not a known
 * theme code.}), and the command exits with status 1.
 */
@Component
class PracticeImportCommand implements CliCommand {

	private static final String USAGE = "FILE [--status published|draft]";

	private final PracticeImporter importer;

	private final PracticeMessages messages;

	PracticeImportCommand(PracticeImporter importer, PracticeMessages messages) {
		this.importer = importer;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "practices import";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public String description() {
		return "Imports practices from a JSON Lines file, all or nothing (new ones published unless --status draft).";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		PracticeCommandArguments arguments = PracticeCommandArguments.parse(args, name(), USAGE,
				List.of(PracticeStatus.PUBLISHED, PracticeStatus.DRAFT));
		Path path = Path.of(arguments.file()).toAbsolutePath();
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new CliException("Cannot read " + path + ": no such file, or not readable");
		}
		Result result;
		try (ProgressBar bar = new ProgressBar(System.err)) {
			result = this.importer.importLines(new FileSystemResource(path), arguments.status(), null, bar);
		}
		if (!result.succeeded()) {
			StringBuilder message = new StringBuilder();
			message.append("nothing imported from ")
				.append(path)
				.append(": ")
				.append(result.problems().size())
				.append(result.problems().size() == 1 ? " problem" : " problems");
			result.problems().forEach(p -> message.append('\n').append(describe(p)));
			throw new CliException(message.toString(), 1);
		}
		out.printf("Imported %s: %d created (%s), %d updated, %d organisations created%n", path, result.created(),
				PracticeCommandArguments.code(arguments.status()), result.updated(), result.organisationsCreated());
		return 0;
	}

	/** {@code line 7, themes: "xyz" is not a known theme code.} */
	String describe(Problem problem) {
		String message = this.messages.explain(problem.problem(), Locale.ENGLISH);
		if (problem.line() == 0) {
			return message;
		}
		return problem.field() == null ? "line " + problem.line() + ": " + message
				: "line " + problem.line() + ", " + problem.field() + ": " + message;
	}

	/**
	 * A text progress bar on one line of the terminal, redrawn when the percentage
	 * changes, for files of more than {@value #MIN_LINES} lines.
	 */
	static final class ProgressBar implements PracticeImporter.Progress, AutoCloseable {

		static final int MIN_LINES = 200;

		private static final int WIDTH = 30;

		private final PrintStream terminal;

		private PracticeImporter.Stage stage;

		private int percent = -1;

		private boolean drawn;

		ProgressBar(PrintStream terminal) {
			this.terminal = terminal;
		}

		@Override
		public void update(PracticeImporter.Stage stage, int done, int total) {
			if (total <= MIN_LINES) {
				return;
			}
			int now = (int) (100L * done / total);
			if (stage == this.stage && now == this.percent) {
				return;
			}
			this.stage = stage;
			this.percent = now;
			int filled = WIDTH * now / 100;
			String label = stage == PracticeImporter.Stage.CHECKING ? "Checking" : "Writing ";
			this.terminal.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
					+ String.format(Locale.ROOT, "%3d%% %d/%d lines", now, done, total));
			this.terminal.flush();
			this.drawn = true;
		}

		@Override
		public void close() {
			if (this.drawn) {
				this.terminal.println();
			}
		}

	}

}
