package org.passerelle.accounts.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The interface languages a user may prefer, each named in itself ("français",
 * "العربية").
 */
final class Languages {

	static final List<String> CODES = List.of("fr", "en", "es", "pt", "ar");

	/** For a select box: code and name in that language. */
	record Language(String code, String name) {
	}

	private Languages() {
	}

	static List<Language> all() {
		return CODES.stream().map(code -> {
			Locale locale = Locale.forLanguageTag(code);
			String name = locale.getDisplayLanguage(locale);
			return new Language(code, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}).toList();
	}

	/** The language of the current request if the platform offers it, else French. */
	static String current() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return CODES.contains(language) ? language : "fr";
	}

}
