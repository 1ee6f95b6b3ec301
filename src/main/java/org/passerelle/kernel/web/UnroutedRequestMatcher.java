package org.passerelle.kernel.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no route of the application would handle: no controller, endpoint
 * or view mapping answers their path (static files aside). Such a request has nothing to
 * protect, so the shell lets it through to the dispatcher, which answers a genuine 404
 * page or problem document instead of a misleading 403 or a redirect to the login page.
 * Every real route is still matched by a handler mapping, and so still needs an explicit
 * access rule.
 * <p>
 * Only requests served by Spring MVC's dispatcher are considered: a path of another
 * servlet (should one ever be registered) is never matched, so it stays closed.
 */
final class UnroutedRequestMatcher implements RequestMatcher {

	private static final String DISPATCHER_SERVLET_NAME = "dispatcherServlet";

	private final ApplicationContext context;

	private volatile List<HandlerMapping> mappings;

	UnroutedRequestMatcher(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (!servedByDispatcher(request)) {
			return false;
		}
		LookupRequest lookup = new LookupRequest(request);
		ServletRequestPathUtils.parseAndCache(lookup);
		try {
			for (HandlerMapping mapping : mappings()) {
				HandlerExecutionChain chain = mapping.getHandler(lookup);
				if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			// e.g. the path is mapped for other HTTP methods: a route, left to its rules
			return false;
		}
	}

	private static boolean servedByDispatcher(HttpServletRequest request) {
		HttpServletMapping mapping = request.getHttpServletMapping();
		if (mapping == null || mapping.getMappingMatch() == null) {
			// MockMvc and other direct callers of the dispatcher
			return true;
		}
		return DISPATCHER_SERVLET_NAME.equals(mapping.getServletName());
	}

	private List<HandlerMapping> mappings() {
		List<HandlerMapping> found = this.mappings;
		if (found == null) {
			found = BeanFactoryUtils.beansOfTypeIncludingAncestors(this.context, HandlerMapping.class, true, false)
				.values()
				.stream()
				.sorted(AnnotationAwareOrderComparator.INSTANCE)
				.toList();
			this.mappings = found;
		}
		return found;
	}

	/**
	 * The request as the handler mappings see it during the look-up: the attributes they
	 * set (matched pattern, path variables) stay here instead of leaking into the real
	 * request.
	 */
	private static final class LookupRequest extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		private final HttpServletRequest original;

		LookupRequest(HttpServletRequest request) {
			super(request);
			this.original = request;
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : this.original.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(this.original.getAttributeNames()));
			this.attributes.forEach((name, value) -> {
				if (value == null) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

	}

}
