package org.passerelle.kernel.territory;

import java.util.Locale;
import java.util.Map;

/**
 * A territory: a country ({@code iso:SN}), a NUTS region ({@code nuts:FRH03}) or another
 * unit.
 *
 * @param id scheme and code, e.g. {@code nuts:FRH03}
 * @param scheme {@code iso}, {@code nuts}, {@code lau}, …
 * @param code the code within the scheme
 * @param level the level within the scheme (NUTS 0–3; 0 for countries)
 * @param parentId the id of the parent territory, or {@code null}
 * @param countryCode the ISO 3166-1 alpha-2 code of the country it lies in
 * @param names name per language tag
 */
public record TerritoryView(String id, String scheme, String code, int level, String parentId, String countryCode,
		Map<String, String> names) {

	/** The name in the locale's language, else English, else any name. */
	public String name(Locale locale) {
		String language = locale == null ? "en" : locale.getLanguage();
		String name = this.names.get(language);
		if (name == null || name.isBlank()) {
			name = this.names.getOrDefault("en", this.names.values().stream().findFirst().orElse(this.code));
		}
		return name;
	}

}
