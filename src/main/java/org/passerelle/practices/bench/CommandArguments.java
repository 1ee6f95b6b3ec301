package org.passerelle.practices.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.kernel.cli.CliException;

/**
 * A command's arguments: positional words, and options written {@code --name value} or
 * {@code --name=value}.
 */
final class CommandArguments {

	private final List<String> positional = new ArrayList<>();

	private final Map<String, String> options = new HashMap<>();

	private final String usage;

	/**
	 * @throws CliException (status 2) for an unknown option or one without a value
	 */
	CommandArguments(List<String> args, Set<String> known, String usage) {
		this.usage = usage;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				this.positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			else if (i + 1 < args.size()) {
				value = args.get(++i);
			}
			else {
				throw fail("--" + name + " needs a value");
			}
			if (!known.contains(name)) {
				throw fail("unknown option --" + name);
			}
			this.options.put(name, value);
		}
	}

	List<String> positional() {
		return this.positional;
	}

	long longOption(String name, long defaultValue, long min, long max) {
		String value = this.options.get(name);
		return value == null ? defaultValue : parse("--" + name, value, min, max);
	}

	/** A whole number within bounds; {@code what} names it in the error message. */
	long parse(String what, String value, long min, long max) {
		try {
			long number = Long.parseLong(value.strip().replace("_", ""));
			if (number < min || number > max) {
				throw fail(what + " must be between " + min + " and " + max + ": " + value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw fail(what + " must be a whole number: " + value);
		}
	}

	CliException fail(String message) {
		return new CliException(message + "\nUsage: " + this.usage, 2);
	}

}
