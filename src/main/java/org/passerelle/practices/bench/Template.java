package org.passerelle.practices.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence with {@code {name}} placeholders, parsed once so that filling it in for a
 * hundred thousand practices costs only string appends.
 */
final class Template {

	private final String text;

	private final String[] literals;

	private final String[] keys;

	private Template(String text, List<String> literals, List<String> keys) {
		this.text = text;
		this.literals = literals.toArray(String[]::new);
		this.keys = keys.toArray(String[]::new);
	}

	static Template parse(String text) {
		List<String> literals = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		int from = 0;
		while (true) {
			int open = text.indexOf('{', from);
			if (open < 0) {
				literals.add(text.substring(from));
				return new Template(text, literals, keys);
			}
			int close = text.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("Unclosed placeholder in: " + text);
			}
			literals.add(text.substring(from, open));
			keys.add(text.substring(open + 1, close));
			from = close + 1;
		}
	}

	/** The text with each placeholder replaced by its value. */
	String render(Map<String, String> values) {
		StringBuilder out = new StringBuilder(this.text.length() + 64);
		for (int i = 0; i < this.keys.length; i++) {
			out.append(this.literals[i]);
			String value = values.get(this.keys[i]);
			if (value == null) {
				throw new IllegalArgumentException("No value for {" + this.keys[i] + "} in: " + this.text);
			}
			out.append(value);
		}
		return out.append(this.literals[this.keys.length]).toString();
	}

	/** The placeholder names, in order of first use. */
	Set<String> keys() {
		return new LinkedHashSet<>(List.of(this.keys));
	}

	@Override
	public String toString() {
		return this.text;
	}

}
