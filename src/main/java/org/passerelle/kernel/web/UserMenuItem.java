package org.passerelle.kernel.web;

/**
 * An entry of the signed-in user's menu in the header, under "My account": a module adds
 * its own by declaring a bean, e.g. its list of the user's own records:
 *
 * <pre>{@code
 * &#64;Bean
 * UserMenuItem myPracticesMenuItem() {
 *     return UserMenuItem.of("practices.nav.mine", "/practices/mine", 20);
 * }
 * }</pre>
 *
 * The menu shows the entries by ascending {@link #order()}, after "My account", to every
 * signed-in user; the module's access rules still decide who may open the address.
 */
public interface UserMenuItem {

	/** The key of the label in a message bundle. */
	String messageKey();

	/** The path within the application the entry leads to. */
	String path();

	/** Position in the menu, smaller first; space them by ten. */
	int order();

	/** A menu entry with these values. */
	static UserMenuItem of(String messageKey, String path, int order) {
		return new Entry(messageKey, path, order);
	}

	/**
	 * The plain implementation returned by {@link UserMenuItem#of}.
	 *
	 * @param messageKey the key of the label
	 * @param path the path it leads to
	 * @param order position in the menu
	 */
	record Entry(String messageKey, String path, int order) implements UserMenuItem {
	}

}
