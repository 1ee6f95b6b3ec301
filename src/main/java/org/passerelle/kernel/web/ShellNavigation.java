package org.passerelle.kernel.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries declared by the shell on behalf of modules built alongside it. The
 * directory of organisations belongs to the actors module, which may take this entry
 * over.
 */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

	@Bean
	NavigationItem organisationsNavigation() {
		return NavigationItem.of("shell.nav.organisations", "/organisations", 10);
	}

}
