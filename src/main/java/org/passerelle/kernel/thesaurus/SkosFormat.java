package org.passerelle.kernel.thesaurus;

import java.util.Locale;

/** The serialisations of the SKOS export. */
public enum SkosFormat {

	/** JSON-LD ({@code application/ld+json}). */
	JSONLD("application/ld+json", "jsonld"),

	/** Turtle ({@code text/turtle}). */
	TURTLE("text/turtle", "ttl");

	private final String mediaType;

	private final String extension;

	SkosFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** {@code jsonld}, {@code json-ld}, {@code turtle} or {@code ttl}, in any case. */
	public static SkosFormat parse(String name) {
		return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
			case "jsonld", "json-ld", "json" -> JSONLD;
			case "turtle", "ttl" -> TURTLE;
			default -> throw new IllegalArgumentException("Unknown SKOS format '" + name + "' (jsonld or turtle)");
		};
	}

}
