package org.passerelle.kernel.mail.inbound.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to inbound mail: anyone holding a confirmation link may follow it (the signed
 * token is the permission); the stored messages are for moderators and administrators.
 */
@Component
@Order(10)
class InboundMailAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/mail/confirm/*")
			.permitAll()
			.requestMatchers("/admin/inbound-mail", "/admin/inbound-mail/**")
			.hasAnyRole("MODERATOR", "ADMIN");
	}

}
