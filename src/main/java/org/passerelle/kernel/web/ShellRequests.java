package org.passerelle.kernel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shell needs to know about a request, including while it renders an error page.
 */
final class ShellRequests {

	private ShellRequests() {
	}

	/**
	 * The path the browser asked for, within the application (no context path). On an
	 * error dispatch this is the path that failed, not {@code /error}.
	 */
	static String path(HttpServletRequest request) {
		String uri = originalUri(request);
		String contextPath = request.getContextPath();
		if (contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		return uri.isEmpty() ? "/" : uri;
	}

	/**
	 * The address the browser asked for, from the server root (context path included)
	 * with its query string, as received (already percent-encoded).
	 */
	static String url(HttpServletRequest request) {
		String query = originalQuery(request);
		// "//host/x" would be a link to another site: keep links on this one
		String uri = originalUri(request).replaceFirst("^/{2,}", "/");
		return uri + ((query == null || query.isEmpty()) ? "" : "?" + query);
	}

	/**
	 * The request's address with one query parameter set to a value, or removed when the
	 * value is null.
	 */
	static String withParameter(String url, String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(url);
		if (value == null) {
			builder.replaceQueryParam(name);
		}
		else {
			builder.replaceQueryParam(name, value);
		}
		return builder.build().toUriString();
	}

	/**
	 * Whether the request is for the JSON API, which answers errors with problem
	 * documents.
	 */
	static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static String originalUri(HttpServletRequest request) {
		Object error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (error instanceof String uri) {
			return uri;
		}
		Object forward = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		if (forward instanceof String uri) {
			return uri;
		}
		return request.getRequestURI();
	}

	private static String originalQuery(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		}
		if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
			return (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		}
		return request.getQueryString();
	}

}
