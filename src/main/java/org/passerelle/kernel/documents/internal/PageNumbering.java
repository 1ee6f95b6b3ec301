package org.passerelle.kernel.documents.internal;

/**
 * The words around the page number and the page count in a footer, in the document's
 * language: "Page " 2 " sur " 7 "".
 *
 * @param before text before the page number
 * @param between text between the page number and the page count
 * @param after text after the page count
 */
public record PageNumbering(String before, String between, String after) {

	private static final String PAGE = "\uE000";

	private static final String PAGES = "\uE001";

	/**
	 * Splits a message resolved with {@link #pageMarker()} and {@link #pagesMarker()} as
	 * its two arguments.
	 * @param resolved the message, e.g. "Page \uE000 sur \uE001"
	 * @return the words around the numbers; "Page 2 / 7" when the message lacks a marker
	 */
	public static PageNumbering parse(String resolved) {
		int page = resolved.indexOf(PAGE);
		int pages = resolved.indexOf(PAGES);
		if (page < 0 || pages < page) {
			return new PageNumbering("", " / ", "");
		}
		return new PageNumbering(resolved.substring(0, page), resolved.substring(page + 1, pages),
				resolved.substring(pages + 1));
	}

	/** The argument that stands for the page number when resolving the message. */
	public static String pageMarker() {
		return PAGE;
	}

	/** The argument that stands for the page count when resolving the message. */
	public static String pagesMarker() {
		return PAGES;
	}

}
