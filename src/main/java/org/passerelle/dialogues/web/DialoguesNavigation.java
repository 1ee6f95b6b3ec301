package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.NavigationItem;
import org.passerelle.kernel.web.UserMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dialogues in the main navigation, for everyone. */
@Configuration(proxyBeanMethods = false)
class DialoguesNavigation {

	@Bean
	NavigationItem dialoguesNavigationItem() {
		return NavigationItem.of("dialogues.nav", "/dialogues", 30);
	}

	@Bean
	UserMenuItem dialogueModerationMenuItem() {
		return UserMenuItem.forModerators("dialogues.moderation.all.title", "/moderation/dialogues", 30);
	}

}
