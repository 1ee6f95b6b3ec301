package org.passerelle.kernel.thesaurus.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.cli.CliCommand;
import org.passerelle.kernel.cli.CliException;
import org.passerelle.kernel.thesaurus.SkosFormat;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.springframework.stereotype.Component;

/** {@code thesaurus export FILE [--format jsonld|turtle]}: the thesaurus as SKOS. */
@Component
class ThesaurusExportCommand implements CliCommand {

	private final Thesaurus thesaurus;

	ThesaurusExportCommand(Thesaurus thesaurus) {
		this.thesaurus = thesaurus;
	}

	@Override
	public String name() {
		return "thesaurus export";
	}

	@Override
	public String usage() {
		return "FILE [--format jsonld|turtle]";
	}

	@Override
	public String description() {
		return "Writes the thesaurus as SKOS (JSON-LD, or Turtle for --format turtle or a .ttl file).";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		String file = null;
		String format = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--format") && i + 1 < args.size()) {
				format = args.get(++i);
			}
			else if (arg.startsWith("--format=")) {
				format = arg.substring("--format=".length());
			}
			else if (arg.startsWith("--") || file != null) {
				throw new CliException("Unexpected argument '" + arg + "'. Usage: thesaurus export " + usage(), 2);
			}
			else {
				file = arg;
			}
		}
		if (file == null) {
			throw new CliException("Which file? Usage: thesaurus export " + usage(), 2);
		}
		SkosFormat chosen;
		try {
			chosen = format != null ? SkosFormat.parse(format)
					: file.toLowerCase(Locale.ROOT).endsWith(".ttl") ? SkosFormat.TURTLE : SkosFormat.JSONLD;
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(ex.getMessage(), 2);
		}
		Path path = Path.of(file).toAbsolutePath();
		try (OutputStream stream = Files.newOutputStream(path)) {
			this.thesaurus.export(chosen, stream);
		}
		catch (IOException ex) {
			throw new CliException("Cannot write " + path + ": " + reason(ex));
		}
		out.printf("Exported %d thesaurus concepts to %s (%s)%n", this.thesaurus.size(), path,
				chosen.name().toLowerCase(Locale.ROOT));
		return 0;
	}

	private static String reason(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "the folder does not exist";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getMessage();
	}

}
