package org.passerelle.kernel.search;

/**
 * One match shown on the search page.
 *
 * @param title what the link says, e.g. the organisation's name
 * @param url where the record is, within the application (e.g. {@code /organisations/42})
 * @param snippet a line of context under the title, or {@code null}
 * @param badge a short label next to the title, e.g. a type or a language, or
 * {@code null}
 */
public record GlobalSearchHit(String title, String url, String snippet, String badge) {

}
