package org.passerelle.dialogues.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.kernel.cli.CliException;

/** A command's options, written {@code --name value} or {@code --name=value}. */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	private final String usage;

	/**
	 * @throws CliException (status 2) for an unknown option, a missing value or a word
	 */
	Options(List<String> args, Set<String> known, String usage) {
		this.usage = usage;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				throw fail("unexpected " + arg);
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
			this.values.put(name, value);
		}
	}

	String text(String name, String defaultValue) {
		return this.values.getOrDefault(name, defaultValue);
	}

	long number(String name, long defaultValue, long min, long max) {
		String value = this.values.get(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			long number = Long.parseLong(value.strip().replace("_", ""));
			if (number < min || number > max) {
				throw fail("--" + name + " must be between " + min + " and " + max + ": " + value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw fail("--" + name + " must be a whole number: " + value);
		}
	}

	CliException fail(String message) {
		return new CliException(message + "\nUsage: " + this.usage, 2);
	}

}
