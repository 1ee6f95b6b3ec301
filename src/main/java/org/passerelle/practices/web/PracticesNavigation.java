package org.passerelle.practices.web;

import org.passerelle.kernel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge base's entry in the main navigation, after the organisations. */
@Configuration(proxyBeanMethods = false)
class PracticesNavigation {

	@Bean
	NavigationItem practicesNavigationItem() {
		return NavigationItem.of("practices.nav", "/practices", 20);
	}

}
