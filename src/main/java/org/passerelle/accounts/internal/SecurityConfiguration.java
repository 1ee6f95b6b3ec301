package org.passerelle.accounts.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Web security: every module's {@link AccessRules}, then everything else denied; password
 * login with throttling, OpenID Connect when providers are configured, personal access
 * tokens on the API; CSRF protection and the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: behaviour and looks live in static files. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'; img-src 'self' data:";

	/**
	 * Swagger UI (third-party) injects a style element: inline styles, never inline
	 * scripts, are allowed on its pages only.
	 */
	static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * Delegating encoder: bcrypt today, and old hashes keep working when the default
	 * moves on.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The filter chain exists only when the application serves the web (not on the
	 * command line).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class WebSecurity {

		private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

		private static final RequestMatcher UNSUBSCRIBE = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
				"/notifications/unsubscribe/*");

		@Bean
		SecurityFilterChain web(HttpSecurity http, List<AccessRules> modules, AccountUserDetailsService accounts,
				PasswordEncoder encoder, LoginThrottle throttle, AccessTokens tokens, UserAccountRepository users,
				ObjectProvider<LocaleResolver> locales, ObjectProvider<ClientRegistrationRepository> oidc,
				OidcAccountLinker linker, MessageSource messages) throws Exception {
			ProblemResponses problems = new ProblemResponses(messages);
			LoginOutcomes outcomes = new LoginOutcomes(users, locales);

			http.authorizeHttpRequests(rules -> {
				modules.forEach(m -> m.configure(rules));
				rules.anyRequest().denyAll();
			});

			// Only this chain's own providers: a refused password must not be retried
			// elsewhere.
			http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
			http.authenticationProvider(new PasswordAuthentication(accounts, encoder, throttle));
			http.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(outcomes)
				.failureHandler(outcomes));
			if (oidc.getIfAvailable() != null) {
				http.oauth2Login(login -> login.loginPage("/login")
					.userInfoEndpoint(info -> info.oidcUserService(new AccountOidcUserService(linker)))
					.successHandler(outcomes)
					.failureHandler(outcomes));
			}
			http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
			http.addFilterBefore(new AccessTokenFilter(tokens, API, problems), AnonymousAuthenticationFilter.class);

			// one-click unsubscription (RFC 8058) comes from mail clients, without a CSRF
			// token; the signed link is its credential
			http.csrf(csrf -> csrf.ignoringRequestMatchers(r -> API.matches(r) && AccessTokenFilter.carriesToken(r),
					UNSUBSCRIBE));
			http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
			http.requestCache(cache -> cache.requestCache(loginTargets()));
			http.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(problems))
				.accessDeniedHandler(accessDenied(problems)));
			http.headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.contentTypeOptions(options -> {
				})
				.frameOptions(frames -> frames.deny()));
			return http.build();
		}

		private static HeaderWriter contentSecurityPolicy() {
			RequestMatcher swaggerUi = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
			return (request, response) -> {
				if (!response.containsHeader("Content-Security-Policy")) {
					response.setHeader("Content-Security-Policy",
							swaggerUi.matches(request) ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
				}
			};
		}

		/**
		 * Pages a visitor asked for before logging in, to go back to afterwards: full
		 * pages only.
		 */
		private static HttpSessionRequestCache loginTargets() {
			HttpSessionRequestCache cache = new HttpSessionRequestCache();
			cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request)
					&& !isHtmx(request) && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
			return cache;
		}

		/**
		 * The API answers 401 with a problem document; htmx is told to reload the login
		 * page; pages redirect.
		 */
		private static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
			LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
			return (request, response, ex) -> {
				if (API.matches(request)) {
					problems.commence(request, response, ex);
				}
				else if (isHtmx(request)) {
					response.setHeader("HX-Redirect", request.getContextPath() + "/login");
					response.setStatus(HttpStatus.UNAUTHORIZED.value());
				}
				else {
					login.commence(request, response, ex);
				}
			};
		}

		private static AccessDeniedHandler accessDenied(ProblemResponses problems) {
			AccessDeniedHandler pages = new AccessDeniedHandlerImpl();
			return (request, response, ex) -> (API.matches(request) ? problems : pages).handle(request, response, ex);
		}

		private static boolean isHtmx(HttpServletRequest request) {
			return request.getHeader("HX-Request") != null;
		}

	}

}
