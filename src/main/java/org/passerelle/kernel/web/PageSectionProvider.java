package org.passerelle.kernel.web;

/**
 * A section that a module adds to another module's page, without the owner of the page
 * depending on it: for instance the practices of an organisation on the organisation's
 * page of the actors module. A module declares a bean of this type; the page includes
 * {@code fragments/sections :: sections(page, id)}, which shows one titled section per
 * provider and loads its content with htmx once the page is shown.
 *
 * <pre>{@code
 * &#64;Component
 * class OrganisationPracticesSection implements PageSectionProvider {
 *     public String page() { return "organisation"; }
 *     public int order() { return 10; }
 *     public String titleKey() { return "practices.organisation.title"; }
 *     public String url(String id) { return "/practices/by-organisation/" + id; }
 * }
 * }</pre>
 *
 * The address answers an HTML fragment to htmx (see {@link Htmx#isPartialRequest}) and
 * preferably a whole page otherwise, since browsers without JavaScript follow it as a
 * link. It is requested with GET, so it needs a line in the module's {@link AccessRules};
 * whoever may see the page must be let through (a visitor's htmx request that meets a
 * login wall reloads the whole page to the login form). A section that has nothing to
 * show for a record answers an empty fragment or a sentence saying so.
 */
public interface PageSectionProvider {

	/**
	 * The page the section goes on, as the page names itself, e.g. {@code organisation}.
	 */
	String page();

	/** Position among the sections of that page, smaller first; space them by ten. */
	int order();

	/** The key of the section's heading in a message bundle. */
	String titleKey();

	/**
	 * The address of the section's content for one record, within the application.
	 * @param id the id of the record the page shows
	 * @return the address, or {@code null} to add nothing to this record's page
	 */
	String url(String id);

}
