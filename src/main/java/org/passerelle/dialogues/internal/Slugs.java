package org.passerelle.dialogues.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Addresses of dialogues made from their titles: {@code Accueil des réfugiés} →
 * {@code accueil-des-refugies}.
 */
final class Slugs {

	static final int MAX = 80;

	/** Words that name pages under /dialogues and cannot be addresses of dialogues. */
	private static final Set<String> RESERVED = Set.of("new", "moderation", "feed", "api");

	private Slugs() {
	}

	static String from(String title) {
		String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (folded.length() > MAX) {
			folded = folded.substring(0, MAX).replaceAll("-+$", "");
		}
		return folded.isEmpty() || RESERVED.contains(folded) ? "dialogue" + (folded.isEmpty() ? "" : "-" + folded)
				: folded;
	}

}
