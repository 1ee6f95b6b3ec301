package org.passerelle.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.ui.ExtendedModelMap;

/**
 * The login page offers one button per configured OpenID Connect provider, and none
 * without.
 */
class LoginControllerTests {

	static LoginController controller(ClientRegistrationRepository repository) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (repository != null) {
			beans.addBean("clientRegistrationRepository", repository);
		}
		return new LoginController(beans.getBeanProvider(ClientRegistrationRepository.class));
	}

	@Test
	void showsAButtonPerConfiguredProvider() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("city")
			.clientName("City Hall ID")
			.clientId("passerelle")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "email", "profile")
			.authorizationUri("https://id.example.org/authorize")
			.tokenUri("https://id.example.org/token")
			.jwkSetUri("https://id.example.org/jwks")
			.build();
		ExtendedModelMap model = new ExtendedModelMap();

		controller(new InMemoryClientRegistrationRepository(registration)).login(null, null, model);

		assertThat(model.get("providers"))
			.isEqualTo(List.of(new LoginController.Provider("City Hall ID", "/oauth2/authorization/city")));
	}

	@Test
	void showsNoProviderWithoutConfiguration() {
		ExtendedModelMap model = new ExtendedModelMap();

		controller(null).login(null, null, model);

		assertThat(model.get("providers")).isEqualTo(List.of());
	}

}
