package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the routes of common positions. Reading is public (the services hide
 * positions of dialogues the reader may not see, and drafts from all but the organisers);
 * the organisers' forms and every change need a signed-in user, and the services check
 * that the user organises the dialogue or edits for the endorsing organisation.
 */
@Component
class PositionsAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// most specific first: /dialogues/*/positions/new would match
		// /dialogues/*/positions/*
		rules
			.requestMatchers("/dialogues/*/positions/new", "/dialogues/*/positions/*/edit",
					"/dialogues/*/positions/*/status", "/dialogues/*/positions/*/transmissions/**",
					"/dialogues/*/positions/*/endorsements/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/dialogues/*/positions", "/dialogues/*/positions/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/dialogues/*/positions/*", "/dialogues/*/positions/*/history",
					"/dialogues/*/positions/*/history/compare", "/positions/organisation/*/section")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/dialogues/*/positions", "/api/v1/positions/*")
			.permitAll()
			.requestMatchers("/api/v1/positions/*/endorsements", "/api/v1/positions/*/endorsements/*")
			.authenticated();
	}

}
