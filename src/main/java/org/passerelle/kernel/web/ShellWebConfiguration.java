package org.passerelle.kernel.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language selection for every page ({@code ?lang=xx} switches, a cookie remembers), the
 * {@code Vary} header that keeps full pages and htmx fragments apart in caches, and the
 * 409 page for concurrent changes.
 */
@Configuration(proxyBeanMethods = false)
class ShellWebConfiguration implements WebMvcConfigurer {

	/** The query parameter of the language switcher's links. */
	static final String LANGUAGE_PARAMETER = "lang";

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new ShellLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName(LANGUAGE_PARAMETER);
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// the same address answers a page or an htmx fragment (see Htmx)
				response.addHeader(HttpHeaders.VARY, Htmx.REQUEST_HEADER);
				return true;
			}
		});
	}

	/**
	 * After the {@code @ExceptionHandler} methods (first in the list), before Spring's
	 * own resolvers.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(Math.min(1, resolvers.size()), new ConcurrentChangeResolver());
	}

}
