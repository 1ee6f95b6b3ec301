package org.passerelle.actors.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the directory's routes. Reading is public; writing needs a signed-in
 * user, and the services check that the user may edit for the organisation.
 */
@Component
class ActorsAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// before the public rules: /organisations/new would match /organisations/*
		rules
			.requestMatchers("/organisations/new", "/organisations/*/edit", "/organisations/*/members",
					"/organisations/*/members/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/organisations", "/organisations/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/organisations", "/api/v1/organisations/**")
			.authenticated()
			.requestMatchers(HttpMethod.PUT, "/api/v1/organisations/**")
			.authenticated();
	}

}
