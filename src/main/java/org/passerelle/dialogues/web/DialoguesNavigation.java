package org.passerelle.dialogues.web;

import org.passerelle.kernel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dialogues in the main navigation, for everyone. */
@Configuration(proxyBeanMethods = false)
class DialoguesNavigation {

	@Bean
	NavigationItem dialoguesNavigationItem() {
		return NavigationItem.of("dialogues.nav", "/dialogues", 30);
	}

}
