package org.passerelle.kernel.web;

/**
 * An entry of the main navigation. A module adds its own by declaring a bean that
 * returns, for example, {@code NavigationItem.of("practices.nav", "/practices", 20)}. The
 * header shows the entries by ascending {@link #order()}, labelled with the message of
 * {@link #messageKey()}, and marks the one whose path the current page is under with
 * {@code aria-current="page"}. Keep the orders spaced by ten so that later modules can
 * slot in.
 */
public interface NavigationItem {

	/**
	 * The key of the label in a message bundle, e.g. {@code actors.nav.organisations}.
	 */
	String messageKey();

	/**
	 * The path within the application the entry leads to, e.g. {@code /organisations}.
	 */
	String path();

	/** Position in the navigation, smaller first. */
	int order();

	/** A navigation entry with these values. */
	static NavigationItem of(String messageKey, String path, int order) {
		return new Entry(messageKey, path, order);
	}

	/**
	 * The plain implementation returned by {@link NavigationItem#of}.
	 *
	 * @param messageKey the key of the label
	 * @param path the path it leads to
	 * @param order position in the navigation
	 */
	record Entry(String messageKey, String path, int order) implements NavigationItem {
	}

}
