package org.passerelle.kernel.web;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the shell's own pages, static assets and operations endpoints, and to
 * requests that match no route at all (see {@link UnroutedRequestMatcher}): those are let
 * through so that they end in a real 404, never in a 403 or a login redirect that would
 * suggest a protected page exists there.
 */
@Component
@Order(0)
class KernelAccessRules implements AccessRules {

	private final ApplicationContext context;

	KernelAccessRules(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
			.requestMatchers("/", "/error", "/about/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/robots.txt")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers(new UnroutedRequestMatcher(this.context))
			.permitAll();
	}

}
