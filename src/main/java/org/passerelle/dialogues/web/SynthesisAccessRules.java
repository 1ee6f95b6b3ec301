package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach a dialogue's synthesis: reading it (page, downloads, API) is open, and
 * the service shows the draft only to the dialogue's moderators and organisers; editing
 * needs a signed-in user, whom the service checks.
 */
@Component
class SynthesisAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/dialogues/*/synthesis/edit")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/dialogues/*/synthesis", "/dialogues/*/synthesis.pdf",
					"/dialogues/*/synthesis.docx", "/api/v1/dialogues/*/synthesis")
			.permitAll();
	}

}
