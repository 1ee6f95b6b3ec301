package org.passerelle.kernel.reference.web;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the reference data: the territory, taxonomy and thesaurus API is public and
 * read-only; the thesaurus editor is for administrators.
 */
@Component
@Order(10)
class ReferenceAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/api/v1/territories", "/api/v1/territories/**", "/api/v1/taxonomies",
					"/api/v1/taxonomies/**", "/api/v1/thesaurus/**")
			.permitAll()
			.requestMatchers("/admin/thesaurus", "/admin/thesaurus/**")
			.hasRole("ADMIN");
	}

}
