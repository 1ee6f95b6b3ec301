package org.passerelle.practices.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.kernel.search.Analyzers;

/**
 * The sentence templates of one language for generated practices, read from
 * {@code practices/generator/<language>.txt}: sections in brackets, one template a line.
 * Line n of a section means the same in every language, so that a translation is made by
 * filling in the same templates of another language.
 */
final class PhraseBook {

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String DESCRIPTION = "description";

	static final String RESULTS = "results";

	static final String LESSONS = "lessons";

	static final String TRANSFERABILITY = "transferability";

	static final String ROLE = "role";

	static final String BUDGET = "budget";

	static final String FUNDING = "funding";

	/** Prefix of the sections naming organisations, followed by the organisation type. */
	static final String ORGANISATION = "org.";

	private final String language;

	private final Map<String, List<Template>> sections;

	private PhraseBook(String language, Map<String, List<Template>> sections) {
		this.language = language;
		this.sections = sections;
	}

	/**
	 * The phrase books of the five content languages.
	 * @throws IllegalStateException if they do not have the same sections and sizes
	 */
	static Map<String, PhraseBook> all() {
		Map<String, PhraseBook> books = new LinkedHashMap<>();
		for (String language : Analyzers.LANGUAGES) {
			books.put(language, load(language));
		}
		PhraseBook reference = books.get(Analyzers.ENGLISH);
		for (PhraseBook book : books.values()) {
			for (Map.Entry<String, List<Template>> section : reference.sections.entrySet()) {
				List<Template> own = book.sections.get(section.getKey());
				if (own == null || own.size() != section.getValue().size()) {
					throw new IllegalStateException("Phrase book " + book.language + ": section [" + section.getKey()
							+ "] must have " + section.getValue().size() + " lines like the English one");
				}
			}
			if (!book.sections.keySet().equals(reference.sections.keySet())) {
				throw new IllegalStateException("Phrase book " + book.language + " has other sections than English");
			}
		}
		return books;
	}

	static PhraseBook load(String language) {
		String resource = "practices/generator/" + language + ".txt";
		try (InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return parse(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PhraseBook parse(String language, String text) {
		Map<String, List<Template>> sections = new LinkedHashMap<>();
		List<Template> current = null;
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = new ArrayList<>();
				sections.put(line.substring(1, line.length() - 1), current);
			}
			else if (current == null) {
				throw new IllegalStateException("Phrase book " + language + ": text before the first section");
			}
			else {
				current.add(Template.parse(line));
			}
		}
		Map<String, List<Template>> frozen = new LinkedHashMap<>();
		sections.forEach((name, templates) -> frozen.put(name, List.copyOf(templates)));
		return new PhraseBook(language, frozen);
	}

	String language() {
		return this.language;
	}

	/**
	 * The templates of a section.
	 * @throws IllegalArgumentException if there is no such section
	 */
	List<Template> section(String name) {
		List<Template> templates = this.sections.get(name);
		if (templates == null) {
			throw new IllegalArgumentException("Phrase book " + this.language + " has no section [" + name + "]");
		}
		return templates;
	}

	boolean has(String name) {
		return this.sections.containsKey(name);
	}

}
