package org.passerelle.kernel.web;

/**
 * A section to show on a page, as {@code fragments/sections.html} renders it.
 *
 * @param titleKey the key of its heading in a message bundle
 * @param url the address of its content, loaded with htmx
 */
public record PageSectionView(String titleKey, String url) {

}
