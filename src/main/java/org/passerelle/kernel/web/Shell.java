package org.passerelle.kernel.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout and the shared fragments ask about the current request, as the bean
 * {@code @shell} in templates: {@code @shell.languages()}, {@code @shell.navigation()},
 * {@code @shell.currentUrl()}, {@code @shell.pages(page, url)}. A bean rather than model
 * attributes so that it also works on error pages and in fragments answered to htmx.
 */
@Component("shell")
public class Shell {

	private final List<NavigationItem> navigation;

	private final List<UserMenuItem> userMenu;

	private final ObjectProvider<UserDisplayName> displayNames;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	Shell(List<NavigationItem> navigation, List<UserMenuItem> userMenu, ObjectProvider<UserDisplayName> displayNames) {
		this.navigation = navigation.stream()
			.sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::path))
			.toList();
		this.userMenu = userMenu.stream()
			.sorted(Comparator.comparingInt(UserMenuItem::order).thenComparing(UserMenuItem::path))
			.toList();
		this.displayNames = displayNames;
	}

	/**
	 * The language switcher's entries: each language, its link to the current page,
	 * whether it is the current one.
	 */
	public List<LanguageLink> languages() {
		String url = currentUrl();
		String current = LocaleContextHolder.getLocale().getLanguage();
		return InterfaceLanguages.SUPPORTED.stream()
			.map(l -> new LanguageLink(l.getLanguage(),
					ShellRequests.withParameter(url, ShellWebConfiguration.LANGUAGE_PARAMETER, l.getLanguage()),
					l.getLanguage().equals(current)))
			.toList();
	}

	/** The main navigation in order, the entry of the current section marked. */
	public List<NavigationLink> navigation() {
		String path = request() == null ? "" : ShellRequests.path(request());
		return this.navigation.stream()
			.map(item -> new NavigationLink(item.messageKey(), item.path(),
					path.equals(item.path())
							|| path.startsWith(item.path().endsWith("/") ? item.path() : item.path() + "/")))
			.toList();
	}

	/** The modules' entries of the signed-in user's menu for everyone, in order. */
	public List<UserMenuItem> userMenu() {
		return this.userMenu.stream().filter(item -> !item.moderatorsOnly()).toList();
	}

	/**
	 * The modules' moderation entries of the user's menu, in order: none for a user who
	 * is neither moderator nor administrator.
	 */
	public List<UserMenuItem> moderationMenu() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean moderates = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_MODERATOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
		return moderates ? this.userMenu.stream().filter(UserMenuItem::moderatorsOnly).toList() : List.of();
	}

	/** Whether the interface is written right to left (Arabic). */
	public boolean rightToLeft() {
		return InterfaceLanguages.isRightToLeft(LocaleContextHolder.getLocale());
	}

	/** The language tag of the interface, e.g. {@code fr}, for {@code <html lang>}. */
	public String language() {
		Locale locale = LocaleContextHolder.getLocale();
		return InterfaceLanguages.match(locale).orElse(InterfaceLanguages.DEFAULT).getLanguage();
	}

	/** The name to greet the signed-in user with, or {@code null} for a visitor. */
	public String userName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || this.trust.isAnonymous(authentication)) {
			return null;
		}
		UserDisplayName names = this.displayNames.getIfAvailable();
		return (names == null) ? authentication.getName()
				: names.displayName(authentication).orElseGet(authentication::getName);
	}

	/**
	 * The address of the current page with its query string (the failed page's on an
	 * error page), for links that change one parameter, e.g. the base address of a
	 * pagination.
	 */
	public String currentUrl() {
		HttpServletRequest request = request();
		return (request == null) ? "/" : ShellRequests.url(request);
	}

	/** The links of a Spring Data page; see {@code fragments/pagination.html}. */
	public PageLinks pages(Page<?> page, String baseUrl) {
		return PageLinks.of(page, baseUrl);
	}

	/**
	 * The links of a page of a list counted by hand; see
	 * {@code fragments/pagination.html}.
	 */
	public PageLinks pages(long totalElements, int number, int size, String baseUrl) {
		return PageLinks.of(totalElements, number, size, baseUrl);
	}

	private static HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

	/**
	 * An entry of the language switcher.
	 *
	 * @param code the language tag, also the link's {@code lang} and {@code hreflang}
	 * @param url the current page in that language
	 * @param current whether it is the language of the page
	 */
	public record LanguageLink(String code, String url, boolean current) {
	}

	/**
	 * An entry of the main navigation.
	 *
	 * @param messageKey the key of its label
	 * @param path its path within the application
	 * @param current whether the current page is in its section
	 */
	public record NavigationLink(String messageKey, String path, boolean current) {
	}

}
