package org.passerelle.accounts.internal;

import java.util.List;

import org.passerelle.kernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Web security: every module's {@link AccessRules}, then everything else denied. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Delegating encoder: bcrypt today, and old hashes keep working when the default moves on. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, List<AccessRules> modules) throws Exception {
		http.authorizeHttpRequests(rules -> {
			modules.forEach(m -> m.configure(rules));
			rules.anyRequest().denyAll();
		});
		http.formLogin(Customizer.withDefaults());
		return http.build();
	}

}
