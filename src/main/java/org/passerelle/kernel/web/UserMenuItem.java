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
 * signed-in user; entries made with {@link #forModerators} only to moderators and
 * administrators, under a heading of their own. The module's access rules still decide
 * who may open the address.
 */
public interface UserMenuItem {

	/** The key of the label in a message bundle. */
	String messageKey();

	/** The path within the application the entry leads to. */
	String path();

	/** Position in the menu, smaller first; space them by ten. */
	int order();

	/** Whether only moderators and administrators see the entry (a moderation queue). */
	default boolean moderatorsOnly() {
		return false;
	}

	/** A menu entry with these values. */
	static UserMenuItem of(String messageKey, String path, int order) {
		return new Entry(messageKey, path, order, false);
	}

	/**
	 * An entry that only moderators and administrators see, such as a moderation queue.
	 */
	static UserMenuItem forModerators(String messageKey, String path, int order) {
		return new Entry(messageKey, path, order, true);
	}

	/**
	 * The plain implementation returned by {@link UserMenuItem#of}.
	 *
	 * @param messageKey the key of the label
	 * @param path the path it leads to
	 * @param order position in the menu
	 * @param moderatorsOnly whether only moderators and administrators see it
	 */
	record Entry(String messageKey, String path, int order, boolean moderatorsOnly) implements UserMenuItem {
	}

}
