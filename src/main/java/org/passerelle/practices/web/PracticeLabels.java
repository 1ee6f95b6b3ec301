package org.passerelle.practices.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.taxonomy.Term;
import org.passerelle.kernel.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Names of the codes a practice holds in the reader's language, and the choices of the
 * practice form.
 */
@Component
public class PracticeLabels {

	private final Taxonomies taxonomies;

	private final Territories territories;

	PracticeLabels(Taxonomies taxonomies, Territories territories) {
		this.taxonomies = taxonomies;
		this.territories = territories;
	}

	/**
	 * A language's name in the reader's language, capitalised: {@code Anglais} for
	 * {@code en} in French.
	 */
	String language(String tag, Locale locale) {
		if (tag == null) {
			return null;
		}
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
		return name.isEmpty() || name.equals(tag) ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/**
	 * A language's name as it is written within a sentence of the reader's language:
	 * {@code anglais} in French, {@code English} in English.
	 */
	String languageInText(String tag, Locale locale) {
		if (tag == null) {
			return null;
		}
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
		return name.isEmpty() ? tag : name;
	}

	/** The languages a practice may be written in, labelled. */
	List<Option> languages(Locale locale) {
		return PracticeForm.LANGUAGES.stream().map(tag -> new Option(tag, language(tag, locale))).toList();
	}

	/** Every country, by name in the reader's language. */
	List<Option> countries(Locale locale) {
		return this.territories.countries(locale).stream().map(c -> new Option(c.code(), c.name(locale))).toList();
	}

	String country(String code, Locale locale) {
		return this.territories.name("iso:" + code, locale);
	}

	String territory(String id, Locale locale) {
		return this.territories.name(id, locale);
	}

	/** Whether the kernel knows the territory. */
	boolean territoryExists(String id) {
		return this.territories.find(id).isPresent();
	}

	/** The terms of a taxonomy, labelled in the reader's language. */
	List<Option> terms(String taxonomy, Locale locale) {
		return this.taxonomies.terms(taxonomy).stream().map(t -> new Option(t.code(), t.label(locale))).toList();
	}

	/** Labels of codes of a taxonomy, in the order given. */
	List<Option> labels(String taxonomy, Collection<String> codes, Locale locale) {
		return codes.stream().map(code -> new Option(code, this.taxonomies.label(taxonomy, code, locale))).toList();
	}

	/**
	 * The SDG targets grouped by goal, each goal with its short title, in the official
	 * order.
	 */
	List<Goal> sdgGoals(Locale locale) {
		Map<String, List<Option>> byGoal = new LinkedHashMap<>();
		for (Term target : this.taxonomies.terms(Taxonomies.SDG_TARGET)) {
			String goal = target.code().substring(0, target.code().indexOf('.'));
			byGoal.computeIfAbsent(goal, g -> new ArrayList<>()).add(new Option(target.code(), target.label(locale)));
		}
		return byGoal.entrySet()
			.stream()
			.map(e -> new Goal(e.getKey(), this.taxonomies.label(Taxonomies.SDG_GOAL, e.getKey(), locale),
					e.getValue()))
			.toList();
	}

	/**
	 * A code and its label.
	 *
	 * @param value the code sent and stored
	 * @param label what the reader sees
	 */
	public record Option(String value, String label) {
	}

	/**
	 * An SDG and its targets.
	 *
	 * @param code the goal's number
	 * @param title its short title
	 * @param targets its targets
	 */
	public record Goal(String code, String title, List<Option> targets) {

		/** Whether one of the goal's targets is among the codes. */
		public boolean anyOf(Collection<String> codes) {
			return this.targets.stream().anyMatch(t -> codes.contains(t.value()));
		}

	}

}
