package org.passerelle.actors.internal;

import java.util.regex.Pattern;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.passerelle.kernel.search.TextFolding;

/**
 * Removes elided articles and apostrophes from names and queries, so that "Oujda" finds
 * "Commune d’Oujda" and "l'Europe" finds "Conseil de l’Europe": the standard tokenizer
 * keeps {@code d’Oujda} as one word and the kernel's {@code name} analyzer has no elision
 * filter. Applied to the indexed names and acronyms and to the text searched.
 */
public final class NameText {

	/**
	 * French, Catalan and Italian elided articles and pronouns, before any kind of
	 * apostrophe.
	 */
	private static final Pattern ELISION = Pattern
		.compile("(?iu)\\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|un)['’ʼ]");

	/** English possessive. */
	private static final Pattern POSSESSIVE = Pattern.compile("(?iu)(?<=\\p{L})['’ʼ]s\\b");

	private static final Pattern APOSTROPHE = Pattern.compile("['’ʼ]");

	private NameText() {
	}

	/**
	 * The text without elided articles, possessives and apostrophes; {@code null} stays
	 * {@code null}.
	 */
	public static String normalise(String text) {
		if (text == null) {
			return null;
		}
		String withoutElisions = ELISION.matcher(text).replaceAll("");
		String withoutPossessives = POSSESSIVE.matcher(withoutElisions).replaceAll("");
		return APOSTROPHE.matcher(withoutPossessives).replaceAll("");
	}

	/**
	 * The name folded for matching names written elsewhere (imports): lower case, without
	 * accents, every apostrophe plain, hyphens and runs of blanks read as one blank.
	 * {@code "Commune d’Oujda"} and {@code "commune d'Oujda"} give the same key.
	 */
	public static String matchKey(String name) {
		if (name == null) {
			return "";
		}
		return TextFolding.fold(name.replace('\u2018', '\'').replace('`', '\'').replace('\u00b4', '\''));
	}

	/** Indexes a name or acronym {@link #normalise normalised}. */
	public static class Bridge implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return normalise(value);
		}

	}

}
