package org.passerelle.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One address, two answers: the full page for a browser, only the part that changes for
 * htmx. A list controller ends with
 *
 * <pre>{@code
 * return Htmx.view(request, "actors/list", "results");   // "actors/list :: results" for htmx
 * }</pre>
 *
 * History restoration (htmx re-fetching a page it has pushed, when its cache misses) gets
 * the full page, as does any request without the {@code HX-Request} header. The shell
 * adds {@code Vary: HX-Request} to every response so that caches keep the two answers
 * apart.
 */
public final class Htmx {

	/** Sent by htmx with each request it makes. */
	public static final String REQUEST_HEADER = "HX-Request";

	/** Sent by htmx when it re-fetches a pushed page to restore history. */
	public static final String HISTORY_RESTORE_HEADER = "HX-History-Restore-Request";

	private Htmx() {
	}

	/** Whether htmx made the request to swap part of a page (not to restore history). */
	public static boolean isPartialRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader(REQUEST_HEADER))
				&& !"true".equals(request.getHeader(HISTORY_RESTORE_HEADER));
	}

	/**
	 * The view to render: the fragment of the template for a partial htmx request, the
	 * whole template otherwise.
	 * @param template the template, e.g. {@code actors/list}
	 * @param fragment the fragment of that template htmx swaps in, e.g. {@code results}
	 */
	public static String view(HttpServletRequest request, String template, String fragment) {
		return isPartialRequest(request) ? template + " :: " + fragment : template;
	}

}
