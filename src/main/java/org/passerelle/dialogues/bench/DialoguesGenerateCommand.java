package org.passerelle.dialogues.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passerelle.dialogues.internal.DialogueGenerator;
import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.springframework.stereotype.Component;

/**
 * {@code dialogues generate [--contributions N] [--slug S] [--seed X]}: a public dialogue
 * of four closed rounds with N published contributions from existing organisations and a
 * published synthesis, for the synthesis benchmark (bench/dialogue-synthesis.sh).
 */
@Component
class DialoguesGenerateCommand implements CliCommand {

	private static final String USAGE = "dialogues generate [--contributions N] [--slug S] [--seed X]";

	private final DialogueGenerator generator;

	DialoguesGenerateCommand(DialogueGenerator generator) {
		this.generator = generator;
	}

	@Override
	public String name() {
		return "dialogues generate";
	}

	@Override
	public String usage() {
		return "[--contributions N] [--slug S] [--seed X]";
	}

	@Override
	public String description() {
		return "Adds a dialogue with N generated published contributions (10 000 by default) for benchmarks.";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		Options options = new Options(args, Set.of("contributions", "slug", "seed"), USAGE);
		int count = (int) options.number("contributions", 10_000, 1, 1_000_000);
		String slug = options.text("slug", "bench");
		long seed = options.number("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
		DialogueGenerator.Report report;
		try {
			report = this.generator.generate(slug, count, seed);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(ex.getMessage());
		}
		out.printf(Locale.ROOT,
				"Generated dialogue %s: %d published contributions from %d organisations (%d practice titles) in %.1f s.%n",
				report.slug(), report.contributions(), report.organisations(), report.practices(),
				report.time().toNanos() / 1e9);
		return 0;
	}

}
