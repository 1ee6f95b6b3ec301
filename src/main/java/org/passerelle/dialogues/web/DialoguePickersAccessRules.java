package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the suggestions of the dialogue form's organisation pickers: signed-in
 * users, since only organisers and moderators see the form (the steps themselves are
 * posts of the form, under the rules of {@link DialoguesAccessRules}).
 */
@Component
class DialoguePickersAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/dialogues/pickers/**").authenticated();
	}

}
