package org.passerelle.practices.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.passerelle.practices.PracticeStatus;
import org.springframework.stereotype.Component;

/**
 * {@code practices export FILE [--status …]}: writes the practices with a status
 * (published by default) as JSON Lines, the format {@code practices import} reads.
 */
@Component
class PracticeExportCommand implements CliCommand {

	private static final String USAGE = "FILE [--status published|draft|submitted|returned|archived]";

	private final PracticeExporter exporter;

	PracticeExportCommand(PracticeExporter exporter) {
		this.exporter = exporter;
	}

	@Override
	public String name() {
		return "practices export";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public String description() {
		return "Writes the practices with a status (published by default) to a JSON Lines file.";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		// published first: the default
		List<PracticeStatus> statuses = Stream
			.concat(Stream.of(PracticeStatus.PUBLISHED),
					Arrays.stream(PracticeStatus.values()).filter(s -> s != PracticeStatus.PUBLISHED))
			.toList();
		PracticeCommandArguments arguments = PracticeCommandArguments.parse(args, name(), USAGE, statuses);
		Path path = Path.of(arguments.file()).toAbsolutePath();
		int count;
		try (OutputStream stream = Files.newOutputStream(path)) {
			count = this.exporter.export(arguments.status(), stream);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new CliException("Cannot write " + path + ": " + ex.getMessage());
		}
		out.printf("Exported %d %s practices to %s%n", count, PracticeCommandArguments.code(arguments.status()), path);
		return 0;
	}

}
