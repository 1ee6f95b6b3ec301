package org.passerelle.kernel.thesaurus;

/**
 * A taxonomy code a thesaurus concept stands for, e.g. {@code theme / emergency-shelter}.
 *
 * @param taxonomy the taxonomy (see {@link org.passerelle.kernel.taxonomy.Taxonomies})
 * @param code the code within it
 */
public record ConceptLink(String taxonomy, String code) {

	/** {@code theme:emergency-shelter}, the form used in forms and exports. */
	@Override
	public String toString() {
		return this.taxonomy + ":" + this.code;
	}

	/** Reads the {@code taxonomy:code} form. */
	public static ConceptLink parse(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw new IllegalArgumentException("Not a taxonomy:code pair: " + text);
		}
		return new ConceptLink(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
	}

}
