package org.passerelle.kernel.web;

import java.io.Serializable;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown at the top of the next page, after a redirect: "Organisation
 * saved". The layout shows it by itself; a controller only adds it:
 *
 * <pre>{@code
 * Flash.success("actors.organisation.saved", form.getName()).addTo(redirectAttributes);
 * return "redirect:/organisations/" + id;
 * }</pre>
 *
 * Several messages may be shown at once by adding a {@code List<Flash>} under
 * {@link #ATTRIBUTE}. Arguments must be serialisable (strings, numbers): the message
 * waits in the session between the two requests.
 *
 * @param level how the message is presented (colour, and whether it is announced at once)
 * @param messageKey the key of the message in a bundle
 * @param arguments the message's arguments ({@code {0}}, {@code {1}}…)
 */
public record Flash(Level level, String messageKey, List<Serializable> arguments) implements Serializable {

	/** The model and flash attribute the layout reads. */
	public static final String ATTRIBUTE = "flash";

	public Flash {
		arguments = List.copyOf(arguments);
	}

	public static Flash success(String messageKey, Serializable... arguments) {
		return new Flash(Level.SUCCESS, messageKey, List.of(arguments));
	}

	public static Flash info(String messageKey, Serializable... arguments) {
		return new Flash(Level.INFO, messageKey, List.of(arguments));
	}

	public static Flash warning(String messageKey, Serializable... arguments) {
		return new Flash(Level.WARNING, messageKey, List.of(arguments));
	}

	public static Flash danger(String messageKey, Serializable... arguments) {
		return new Flash(Level.DANGER, messageKey, List.of(arguments));
	}

	/** Keeps the message for the page the redirect leads to. */
	public void addTo(RedirectAttributes redirect) {
		redirect.addFlashAttribute(ATTRIBUTE, this);
	}

	/** The arguments as the message source wants them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	/** The Bootstrap alert class, e.g. {@code alert-success}. */
	public String cssClass() {
		return "alert-" + this.level.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Warnings and errors interrupt a screen reader ({@code role="alert"}); others wait
	 * ({@code role="status"}).
	 */
	public boolean urgent() {
		return this.level == Level.WARNING || this.level == Level.DANGER;
	}

	/** How a message is presented. */
	public enum Level {

		SUCCESS, INFO, WARNING, DANGER

	}

}
