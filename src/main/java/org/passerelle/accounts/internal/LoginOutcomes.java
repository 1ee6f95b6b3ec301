package org.passerelle.accounts.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a login: on success, note the time, switch the interface to the user's language
 * and go where the user was heading; on failure, back to the login page with the reason
 * the user may know (wrong password, throttled, address not confirmed, disabled).
 */
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	/** The reasons {@link OidcAccountLinker} gives, which the login page explains. */
	private static final java.util.Set<String> OIDC_REASONS = java.util.Set.of("disabled", "email-unverified",
			"linked-elsewhere", "email-missing");

	private final UserAccountRepository users;

	private final ObjectProvider<LocaleResolver> locales;

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	LoginOutcomes(UserAccountRepository users, ObjectProvider<LocaleResolver> locales) {
		this.users = users;
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountBound bound) {
			Locale locale = recordLogin(bound.accountId());
			LocaleResolver resolver = this.locales.getIfAvailable();
			if (locale != null && resolver != null) {
				try {
					resolver.setLocale(request, response, locale);
				}
				catch (UnsupportedOperationException ex) {
					// The resolver follows the browser only: nothing to remember.
				}
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	private Locale recordLogin(long accountId) {
		return this.users.findById(accountId).map(user -> {
			user.recordLogin();
			this.users.save(user);
			return user.getLocale();
		}).orElse(null);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = reason(exception);
		String email = request.getParameter("email");
		if (email != null) {
			FlashMap remembered = new FlashMap();
			remembered.put("email", email.strip());
			remembered.setTargetRequestPath(request.getContextPath() + "/login");
			this.flash.saveOutputFlashMap(remembered, request, response);
		}
		getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof LoginThrottledException) {
			return "throttled";
		}
		if (exception instanceof EmailNotConfirmedException) {
			return "unconfirmed";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		if (exception instanceof OAuth2AuthenticationException oidc) {
			String code = oidc.getError().getErrorCode();
			return OIDC_REASONS.contains(code) ? "oidc-" + code : "oidc";
		}
		return "bad";
	}

}
