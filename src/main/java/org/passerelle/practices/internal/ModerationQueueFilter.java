package org.passerelle.practices.internal;

/**
 * Which submitted practices a moderator looks at; {@code null} means any.
 *
 * @param language the practice's original language ({@code fr})
 * @param theme a theme code the practice has
 * @param country an ISO country code the practice is implemented in
 */
public record ModerationQueueFilter(String language, String theme, String country) {

	/** No filter: the whole queue. */
	public static final ModerationQueueFilter NONE = new ModerationQueueFilter(null, null, null);

	public ModerationQueueFilter {
		language = blankToNull(language);
		theme = blankToNull(theme);
		country = blankToNull(country);
	}

	/** Whether any filter is set. */
	public boolean any() {
		return this.language != null || this.theme != null || this.country != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
