package org.passerelle.kernel.mail.inbound.web;

import org.passerelle.kernel.web.UserMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboundMailNavigation {

	@Bean
	UserMenuItem inboundMailMenuItem() {
		return UserMenuItem.forModerators("kernel.inbound.admin.title", "/admin/inbound-mail", 90);
	}

}
