package org.passerelle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code passerelle.exit-when-ready=true}, stops the application once it is ready,
 * after the first-start loaders (reference data, demo content) have run: the build's
 * training start for the class-data sharing archive (docs/decisions/0010) then goes
 * through everything a first start does.
 */
@Component
@ConditionalOnBooleanProperty("passerelle.exit-when-ready")
class ExitWhenReady {

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void exit(ApplicationReadyEvent event) {
		System.exit(SpringApplication.exit(event.getApplicationContext()));
	}

}
