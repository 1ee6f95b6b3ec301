package org.passerelle;

import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.Role;
import org.passerelle.test.PasserelleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route of the application has a declared access rule, and the rule holds. The
 * routes are read from the registered handler mappings (controllers, springdoc,
 * actuator), so a new route without a line in {@code src/test/resources/route-access.csv}
 * fails the build, as does a line whose route is gone. Each route is then requested by a
 * visitor, a member, a moderator and an administrator, and the answers must match the
 * declared access.
 */
@PasserelleIntegrationTest
class RouteAccessIntegrationTests {

	private static final String TABLE = "route-access.csv";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?[^}/]+}");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	private final Map<Who, RequestPostProcessor> principals = new LinkedHashMap<>();

	@BeforeEach
	void signInUsers() throws Exception {
		this.principals.put(Who.MEMBER, signIn(Role.MEMBER));
		this.principals.put(Who.MODERATOR, signIn(Role.MODERATOR));
		this.principals.put(Who.ADMINISTRATOR, signIn(Role.ADMINISTRATOR));
	}

	@Test
	void everyRouteHasAnAccessRule() throws IOException {
		Set<Route> registered = registeredRoutes();
		Map<Route, Rule> declared = declaredRules();

		Set<Route> unlisted = new TreeSet<>(registered);
		unlisted.removeAll(declared.keySet());
		Set<Route> stale = new TreeSet<>(declared.keySet());
		stale.removeAll(registered);

		StringBuilder problems = new StringBuilder();
		if (!unlisted.isEmpty()) {
			problems.append("Routes without a line in src/test/resources/")
				.append(TABLE)
				.append(" (add them with their access: public, authenticated, moderator, admin, editor-checked or denied):\n");
			unlisted.forEach((route) -> problems.append("  ").append(route).append(",?\n"));
		}
		if (!stale.isEmpty()) {
			problems.append("Lines of ").append(TABLE).append(" whose route no longer exists (remove them):\n");
			stale.forEach((route) -> problems.append("  ").append(route).append('\n'));
		}
		if (!problems.isEmpty()) {
			fail(problems.toString());
		}
	}

	@Test
	void everyRouteAnswersAsItsRuleSays() throws Exception {
		Set<Route> registered = registeredRoutes();
		List<String> violations = new ArrayList<>();
		for (Map.Entry<Route, Rule> entry : declaredRules().entrySet()) {
			if (!registered.contains(entry.getKey())) {
				continue;
			}
			Rule rule = entry.getValue();
			for (Who who : Who.values()) {
				Outcome outcome = perform(entry.getKey(), rule, who);
				String expected = rule.access().expectedFor(who, entry.getKey().isApi());
				if (!rule.access().accepts(who, outcome, entry.getKey().isApi())) {
					violations.add("%s %s as %s: expected %s, got %s".formatted(entry.getKey().method(),
							rule.samplePath(entry.getKey()), who.label, expected, outcome));
				}
			}
		}
		if (!violations.isEmpty()) {
			fail("Routes answering against their line in " + TABLE + ":\n  " + String.join("\n  ", violations));
		}
	}

	private Outcome perform(Route route, Rule rule, Who who) throws Exception {
		String method = route.method().equals("*") ? "GET" : route.method();
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), rule.samplePath(route));
		if (!Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method)) {
			request.with(csrf());
		}
		if (who != Who.VISITOR) {
			request.with(this.principals.get(who));
		}
		try {
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			return new Outcome(response.getStatus(), response.getRedirectedUrl(), null);
		}
		catch (Exception ex) {
			// an exception out of the controller: the request got through every access
			// check
			return new Outcome(0, null, ex.getClass().getSimpleName());
		}
	}

	/**
	 * Signs a new user with the role in through the application's own login form, so that
	 * controllers see a real account; when that login is refused (no account-backed
	 * login), falls back to a plain authenticated user with the role's authority.
	 */
	private RequestPostProcessor signIn(Role role) throws Exception {
		String name = role.name().toLowerCase(Locale.ROOT);
		String email = name + "-" + UUID.randomUUID() + "@routes.example.org";
		String password = "Route-" + UUID.randomUUID();
		this.accounts.createConfirmedUser(email, "Route " + name, password, Locale.FRENCH, Set.of(role));
		MockHttpServletResponse login = this.mvc.perform(
				post("/login").param("email", email).param("username", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse();
		Cookie session = login.getCookie("SESSION");
		String target = login.getRedirectedUrl();
		if (session != null && target != null && !target.contains("error")) {
			return (request) -> {
				request.setCookies(session);
				return request;
			};
		}
		return user(User.withUsername(email).password("unused").authorities(role.authority()).build());
	}

	private Set<Route> registeredRoutes() {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add(new Route("*", pattern));
					}
					methods.forEach((method) -> routes.add(new Route(method.name(), pattern)));
				}
			}
		}
		return routes;
	}

	private static Map<Route, Rule> declaredRules() throws IOException {
		Map<Route, Rule> rules = new TreeMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(TABLE).getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				if (record.size() < 3 || record.size() > 4) {
					throw new IllegalStateException(TABLE + " line " + record.getRecordNumber()
							+ ": expected METHOD,PATTERN,ACCESS[,SAMPLE] but got " + record.toList());
				}
				Route route = new Route(record.get(0).toUpperCase(Locale.ROOT), record.get(1));
				Access access = Access.parse(record.get(2), record.getRecordNumber());
				String sample = (record.size() == 4 && !record.get(3).isEmpty()) ? record.get(3) : null;
				if (rules.put(route, new Rule(access, sample)) != null) {
					throw new IllegalStateException(TABLE + " lists " + route + " twice");
				}
			}
		}
		return rules;
	}

	/** Who makes the request. */
	enum Who {

		VISITOR("visitor"), MEMBER("member"), MODERATOR("moderator"), ADMINISTRATOR("administrator");

		final String label;

		Who(String label) {
			this.label = label;
		}

	}

	/** The declared access of a route, and what each kind of user should then get. */
	enum Access {

		PUBLIC, AUTHENTICATED, MODERATOR, ADMIN, EDITOR_CHECKED, DENIED;

		static Access parse(String value, long line) {
			try {
				return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(TABLE + " line " + line + ": unknown access '" + value
						+ "' (public, authenticated, moderator, admin, editor-checked, denied)");
			}
		}

		private boolean allows(Who who) {
			return switch (this) {
				case PUBLIC -> true;
				case AUTHENTICATED -> who != Who.VISITOR;
				case MODERATOR -> who == Who.MODERATOR || who == Who.ADMINISTRATOR;
				case ADMIN, EDITOR_CHECKED -> who == Who.ADMINISTRATOR;
				case DENIED -> false;
			};
		}

		boolean accepts(Who who, Outcome outcome, boolean api) {
			if (allows(who)) {
				return outcome.reachedTheRoute();
			}
			if (who == Who.VISITOR) {
				return api ? outcome.status() == 401 : outcome.redirectsToLogin();
			}
			if (this == EDITOR_CHECKED) {
				// past the URL rules, the module refuses, finds nothing or rejects the
				// empty input
				return outcome.status() >= 400 && outcome.status() < 500 && outcome.status() != 401;
			}
			return outcome.status() == 403;
		}

		String expectedFor(Who who, boolean api) {
			if (allows(who)) {
				return "access (not 401, 403 or a redirect to /login)";
			}
			if (who == Who.VISITOR) {
				return api ? "401" : "a redirect to /login";
			}
			return (this == EDITOR_CHECKED) ? "a 4xx other than 401 (403, 404, 400...)" : "403";
		}

	}

	/**
	 * A route as the handler mappings declare it: HTTP method (or * for any) and path
	 * pattern.
	 */
	record Route(String method, String pattern) implements Comparable<Route> {

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public int compareTo(Route other) {
			int byPattern = this.pattern.compareTo(other.pattern);
			return (byPattern != 0) ? byPattern : this.method.compareTo(other.method);
		}

		@Override
		public String toString() {
			return this.method + "," + this.pattern;
		}

	}

	/** A line of the table: the access and, optionally, the path to request. */
	record Rule(Access access, String sample) {

		/**
		 * The path requested: the sample, or the pattern with 0 for every variable and x
		 * for wildcards.
		 */
		String samplePath(Route route) {
			if (this.sample != null) {
				return this.sample;
			}
			String path = PATH_VARIABLE.matcher(route.pattern()).replaceAll("0");
			return path.replace("**", "x").replace("*", "x");
		}

	}

	/**
	 * What a request got: a status and redirect, or the exception that escaped the
	 * controller.
	 */
	record Outcome(int status, String redirect, String exception) {

		boolean redirectsToLogin() {
			return this.redirect != null && this.redirect.contains("/login");
		}

		boolean reachedTheRoute() {
			return this.exception != null || (this.status != 401 && this.status != 403 && !redirectsToLogin());
		}

		@Override
		public String toString() {
			if (this.exception != null) {
				return "exception " + this.exception;
			}
			return this.status + ((this.redirect != null) ? " to " + this.redirect : "");
		}

	}

}
