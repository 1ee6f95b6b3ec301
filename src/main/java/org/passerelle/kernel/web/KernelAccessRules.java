package org.passerelle.kernel.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Access to the shell's own pages, static assets and operations endpoints. */
@Component
@Order(0)
class KernelAccessRules implements AccessRules {

	@Override
	public void configure(
			org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/", "/error", "/about/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
				"/favicon.ico", "/robots.txt")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll();
	}

}
