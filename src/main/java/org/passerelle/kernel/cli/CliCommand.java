package org.passerelle.kernel.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar passerelle.jar <command> …}. Modules contribute commands
 * as beans; the dispatcher picks the one whose {@link #name()} matches the first words of
 * the command line.
 */
public interface CliCommand {

	/** The words that call the command, e.g. {@code "thesaurus export"}. */
	String name();

	/**
	 * Arguments after the name, for the help text, e.g.
	 * {@code "FILE [--format turtle|jsonld]"}.
	 */
	String usage();

	/** One sentence saying what the command does. */
	String description();

	/**
	 * Runs the command.
	 * @param args the arguments after the command's name (Spring's own
	 * {@code --key=value} options removed)
	 * @param out where to write the command's output for the user
	 * @return the process exit status, 0 on success
	 * @throws CliException for an error the user can fix; its message is printed as is
	 */
	int run(List<String> args, PrintStream out) throws Exception;

}
