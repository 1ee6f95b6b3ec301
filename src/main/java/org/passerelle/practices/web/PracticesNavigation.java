package org.passerelle.practices.web;

import org.passerelle.kernel.web.NavigationItem;
import org.passerelle.kernel.web.UserMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base in the header: an entry of the main navigation for everyone, and "My
 * practices" in the signed-in user's menu.
 */
@Configuration(proxyBeanMethods = false)
class PracticesNavigation {

	@Bean
	NavigationItem practicesNavigationItem() {
		return NavigationItem.of("practices.nav", "/practices", 20);
	}

	@Bean
	UserMenuItem myPracticesMenuItem() {
		return UserMenuItem.of("practices.nav.mine", "/practices/mine", 20);
	}

	@Bean
	UserMenuItem practiceModerationMenuItem() {
		return UserMenuItem.forModerators("practices.moderation.title", "/practices/moderation", 20);
	}

}
