package org.passerelle.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.passerelle.accounts.internal.AccountBound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page: e-mail and password, and one button per OpenID Connect provider when
 * some are configured. The form posts to {@code /login}, which Spring Security answers.
 */
@Controller
class LoginController {

	/** The failure reasons the page explains; anything else reads as a wrong password. */
	private static final Set<String> ERRORS = Set.of("bad", "throttled", "unconfirmed", "disabled", "oidc",
			"oidc-disabled", "oidc-email-unverified", "oidc-linked-elsewhere", "oidc-email-missing");

	private final ObjectProvider<ClientRegistrationRepository> providers;

	LoginController(ObjectProvider<ClientRegistrationRepository> providers) {
		this.providers = providers;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @AuthenticationPrincipal AccountBound principal,
			Model model) {
		if (principal != null && error == null) {
			return "redirect:/account";
		}
		if (error != null) {
			model.addAttribute("error", ERRORS.contains(error) ? error : "bad");
		}
		model.addAttribute("providers", providers());
		return "accounts/login";
	}

	/**
	 * An OpenID Connect provider's button.
	 *
	 * @param name the name shown on the button
	 * @param url where the button leads
	 */
	record Provider(String name, String url) {
	}

	private List<Provider> providers() {
		List<Provider> found = new ArrayList<>();
		if (this.providers.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object each : registrations) {
				if (each instanceof ClientRegistration registration) {
					found.add(new Provider(registration.getClientName(),
							"/oauth2/authorization/" + registration.getRegistrationId()));
				}
			}
		}
		return found;
	}

}
