package org.passerelle.practices.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the knowledge base's routes. Reading is public (the services hide
 * practices that are not published from those who may not edit them); writing needs a
 * signed-in user, and the services check that the user edits for one of the practice's
 * organisations; moderation needs a moderator; imports an administrator (or, through the
 * API, an editor's token, checked by the service).
 */
@Component
class PracticesAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// moderation, history, marks, contact: the organisation page's section is public
		// like the page itself (the other routes fall under the rules below)
		rules.requestMatchers(HttpMethod.GET, "/practices/organisation/*/section").permitAll();
		// most specific first: /practices/new and /practices/moderation would match
		// /practices/*
		rules.requestMatchers("/admin/practices", "/admin/practices/**")
			.hasRole("ADMIN")
			.requestMatchers("/practices/moderation", "/practices/moderation/**", "/practices/*/publish",
					"/practices/*/return")
			.hasAnyRole("MODERATOR", "ADMIN")
			.requestMatchers("/practices/new", "/practices/*/edit", "/practices/*/submit", "/practices/*/archive",
					"/practices/*/restore", "/practices/*/marks/**", "/practices/*/contact", "/practices/mine")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/practices", "/practices/*")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/practices", "/practices/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/practices", "/api/v1/practices/**")
			.permitAll()
			.requestMatchers("/api/v1/practices", "/api/v1/practices/**")
			.authenticated();
	}

}
