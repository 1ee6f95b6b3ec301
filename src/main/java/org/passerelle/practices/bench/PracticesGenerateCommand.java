package org.passerelle.practices.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.springframework.stereotype.Component;

/**
 * {@code practices generate N [--seed S] [--organisations M]}: adds N generated,
 * published practices and M organisations, for benchmarks and load tests. Progress goes
 * to the error stream, the report to the output.
 */
@Component
class PracticesGenerateCommand implements CliCommand {

	static final long DEFAULT_SEED = 42;

	static final int DEFAULT_ORGANISATIONS = 500;

	static final int MAX_PRACTICES = 10_000_000;

	private static final String USAGE = "practices generate N [--seed S] [--organisations M]";

	private final PracticeGenerator generator;

	PracticesGenerateCommand(PracticeGenerator generator) {
		this.generator = generator;
	}

	@Override
	public String name() {
		return "practices generate";
	}

	@Override
	public String usage() {
		return "N [--seed S] [--organisations M]";
	}

	@Override
	public String description() {
		return "Adds N generated published practices (and M organisations, 500 by default) for benchmarks.";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		CommandArguments arguments = new CommandArguments(args, Set.of("seed", "organisations"), USAGE);
		if (arguments.positional().size() != 1) {
			throw arguments.fail("give the number of practices");
		}
		int count = (int) arguments.parse("N", arguments.positional().get(0), 1, MAX_PRACTICES);
		long seed = arguments.longOption("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
		int organisations = (int) arguments.longOption("organisations", DEFAULT_ORGANISATIONS, 1, 100_000);
		PracticeGenerator.Report report;
		try {
			report = this.generator.generate(count, seed, organisations, new ProgressLine(System.err));
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(ex.getMessage());
		}
		System.err.println();
		out.printf(Locale.ROOT, "Generated %d practices and %d organisations with seed %d.%n", report.practices(),
				report.organisations(), seed);
		StringBuilder languages = new StringBuilder();
		report.languages()
			.forEach((language, n) -> languages
				.append(String.format(Locale.ROOT, " %s %d (%.1f %%)", language, n, 100.0 * n / report.practices())));
		out.printf(Locale.ROOT, "  languages    %s%n", languages.toString().strip());
		out.printf(Locale.ROOT, "  translated   %d (%.1f %%)%n", report.translated(),
				100.0 * report.translated() / report.practices());
		out.printf(Locale.ROOT, "  organisations %8.1f s%n", seconds(report.organisationsTime()));
		out.printf(Locale.ROOT, "  practices     %8.1f s (%.0f a second)%n", seconds(report.storeTime()),
				report.practices() / Math.max(0.001, seconds(report.storeTime())));
		out.printf(Locale.ROOT, "  indexing      %8.1f s (%.0f a second)%n", seconds(report.indexTime()),
				report.practices() / Math.max(0.001, seconds(report.indexTime())));
		out.printf(Locale.ROOT, "  total         %8.1f s%n", seconds(report.total()));
		return 0;
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	/** One line on the error stream, rewritten as the work goes on. */
	private static final class ProgressLine implements PracticeGenerator.Progress {

		private final PrintStream err;

		private final long started = System.nanoTime();

		ProgressLine(PrintStream err) {
			this.err = err;
		}

		@Override
		public void stored(long done, long total) {
			print("stored", done, total);
		}

		@Override
		public void indexed(long done, long total) {
			print("indexed", done, total);
		}

		private synchronized void print(String what, long done, long total) {
			double elapsed = (System.nanoTime() - this.started) / 1e9;
			this.err.printf(Locale.ROOT, "\r%-8s %d/%d practices (%.0f s)   ", what, done, total, elapsed);
			this.err.flush();
		}

	}

}
