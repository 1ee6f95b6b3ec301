package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the dialogues' routes. Reading is public (the services hide dialogues and
 * contributions the reader may not see); everything else needs a signed-in user, and the
 * services check that the user organises, moderates or may see the dialogue.
 */
@Component
class DialoguesAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// most specific first: /dialogues/new would match /dialogues/*
		rules
			.requestMatchers("/dialogues/new", "/dialogues/*/edit", "/dialogues/*/contribute",
					"/dialogues/*/contributions/**", "/dialogues/*/moderation", "/dialogues/*/moderation/**",
					"/moderation/dialogues")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/dialogues", "/dialogues/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/dialogues", "/dialogues/*")
			.permitAll()
			// feeds, calendar, attachments and the API: the services check what the
			// reader
			// may see; contributing through the API needs an access token
			.requestMatchers(HttpMethod.GET, "/dialogues/*/rounds.ics", "/dialogues/*/contributions.atom",
					"/dialogues/*/attachments/*", "/api/v1/dialogues", "/api/v1/dialogues/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/dialogues/**")
			.authenticated();
	}

}
