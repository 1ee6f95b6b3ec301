package org.passerelle.practices.internal;

import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.cli.CliException;
import org.passerelle.practices.PracticeStatus;

/**
 * The arguments of {@code practices import|export FILE [--status STATUS]}.
 *
 * @param file the file named
 * @param status the status given, or the default
 */
record PracticeCommandArguments(String file, PracticeStatus status) {

	/**
	 * Reads the arguments.
	 * @param allowed the statuses the command accepts, the default first
	 * @throws CliException (status 2) for a missing file or a wrong argument
	 */
	static PracticeCommandArguments parse(List<String> args, String command, String usage,
			List<PracticeStatus> allowed) {
		String file = null;
		String status = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--status") && i + 1 < args.size()) {
				status = args.get(++i);
			}
			else if (arg.startsWith("--status=")) {
				status = arg.substring("--status=".length());
			}
			else if (arg.startsWith("--") || file != null) {
				throw new CliException("Unexpected argument '" + arg + "'. Usage: " + command + " " + usage, 2);
			}
			else {
				file = arg;
			}
		}
		if (file == null) {
			throw new CliException("Which file? Usage: " + command + " " + usage, 2);
		}
		if (status == null) {
			return new PracticeCommandArguments(file, allowed.get(0));
		}
		String wanted = status;
		PracticeStatus chosen = allowed.stream()
			.filter(s -> s.name().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(
					() -> new CliException(
							"Unknown status '" + wanted + "': use one of "
									+ String.join(", ", allowed.stream().map(PracticeCommandArguments::code).toList()),
							2));
		return new PracticeCommandArguments(file, chosen);
	}

	/** The status as written on the command line and in the API: {@code published}. */
	static String code(PracticeStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

}
