package org.passerelle.kernel.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface language of a request: the language the visitor chose with the switcher
 * (kept in a cookie), else the best match of the browser's {@code Accept-Language} among
 * the supported languages, else French. Only supported languages are ever stored or
 * returned, whatever the cookie or the {@code lang} parameter say.
 */
final class ShellLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE_NAME = "passerelle-lang";

	ShellLocaleResolver() {
		super(COOKIE_NAME);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setRejectInvalidCookies(false);
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(InterfaceLanguages.SUPPORTED);
		browser.setDefaultLocale(InterfaceLanguages.DEFAULT);
		setDefaultLocaleFunction(
				request -> InterfaceLanguages.match(browser.resolveLocale(request)).orElse(InterfaceLanguages.DEFAULT));
	}

	/** A cookie naming an unsupported language counts as no cookie. */
	@Override
	protected Locale parseLocaleValue(String localeValue) {
		return InterfaceLanguages.match(super.parseLocaleValue(localeValue)).orElse(null);
	}

	/**
	 * Stores the supported language of the choice ({@code pt-BR} becomes {@code pt});
	 * ignores others.
	 */
	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		if (localeContext == null || localeContext.getLocale() == null) {
			super.setLocaleContext(request, response, null);
			return;
		}
		InterfaceLanguages.match(localeContext.getLocale())
			.ifPresent(locale -> super.setLocaleContext(request, response, new SimpleLocaleContext(locale)));
	}

}
