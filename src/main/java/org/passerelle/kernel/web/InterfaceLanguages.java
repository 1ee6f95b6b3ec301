package org.passerelle.kernel.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface is offered in, French first because it is the default: a
 * browser that asks for none of them gets French.
 */
public final class InterfaceLanguages {

	/** The language of a request that states no supported preference. */
	public static final Locale DEFAULT = Locale.forLanguageTag("fr");

	/** Every interface language, in the order the language switcher shows them. */
	public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.forLanguageTag("en"),
			Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("ar"));

	private InterfaceLanguages() {
	}

	/**
	 * The supported language of the locale ({@code pt-BR} gives {@code pt}), if there is
	 * one.
	 */
	public static Optional<Locale> match(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
	}

	/** Whether pages in this locale are written right to left. */
	public static boolean isRightToLeft(Locale locale) {
		return locale != null && "ar".equals(locale.getLanguage());
	}

}
