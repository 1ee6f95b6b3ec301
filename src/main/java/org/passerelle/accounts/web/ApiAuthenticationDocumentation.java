package org.passerelle.accounts.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares personal access tokens in the OpenAPI document, so that clients know how to
 * authenticate and Swagger UI's "Authorize" button accepts a token.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationDocumentation {

	static final String SCHEME = "accessToken";

	@Bean
	OpenApiCustomizer accessTokenScheme() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token created at /account/tokens (psl_…). "
									+ "Requests without one are anonymous; a signed-in browser session also works."));
			// A token, or nothing: many endpoints are open to everyone.
			openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
			openApi.addSecurityItem(new SecurityRequirement());
		};
	}

}
