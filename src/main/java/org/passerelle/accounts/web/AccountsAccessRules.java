package org.passerelle.accounts.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the accounts pages: logging in, registering, resetting a password and
 * unsubscribing from notifications (by the signed link of a mail) are open to all; one's
 * own account needs a login; managing users and reading the mail folder are for
 * administrators. (The login form's POST, the logout and the OpenID Connect redirections
 * are answered by security filters before these rules apply.)
 */
@Component
@Order(10)
class AccountsAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/login", "/register", "/register/**", "/password/**", "/notifications/unsubscribe/*")
			.permitAll()
			.requestMatchers("/account", "/account/**", "/api/v1/account", "/api/v1/account/**")
			.authenticated()
			.requestMatchers("/admin/users", "/admin/users/**", "/admin/mail", "/admin/mail/**")
			.hasRole("ADMIN");
	}

}
