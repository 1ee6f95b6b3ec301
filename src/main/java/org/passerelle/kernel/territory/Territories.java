package org.passerelle.kernel.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Countries, NUTS regions and other territories, with their hierarchy. */
public interface Territories {

	/** A territory by id ({@code nuts:FRH03}, {@code iso:FR}). */
	Optional<TerritoryView> find(String id);

	/** All ISO 3166-1 countries, sorted by name in the locale's language. */
	List<TerritoryView> countries(Locale locale);

	/** The direct children of a territory. */
	List<TerritoryView> children(String id);

	/**
	 * Territories whose name or code starts with or contains the text, best first, for
	 * pickers.
	 */
	List<TerritoryView> suggest(String text, Locale locale, int limit);

	/**
	 * The territories named in a text, e.g. the places a contribution talks about. Names
	 * are compared after folding case, accents and hyphens, word by word, the longest
	 * name winning where names overlap ("Guinea-Bissau" rather than "Guinea"); one-word
	 * names shorter than four letters are not looked for, being too often ordinary words.
	 * Only the names in the text's language are looked for, and every name of a territory
	 * without one in that language.
	 * @param text plain text; may be {@code null}
	 * @param language the language the text is written in (BCP 47 primary tag)
	 * @return the territories named, in the order first found, each once
	 */
	List<TerritoryView> mentionedIn(String text, String language);

	/** The name of a territory in the locale's language, or the id if unknown. */
	default String name(String id, Locale locale) {
		return find(id).map(t -> t.name(locale)).orElse(id);
	}

}
