package org.passerelle.kernel.reference.internal;

import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the in-memory reference caches (and the thesaurus matcher, about half a second
 * on a cold JVM) in the background once the server is ready, so that neither the start-up
 * nor the first visitor waits for them. Not in command-line mode, which exits at once.
 */
@Component
@ConditionalOnProperty(name = "passerelle.cli", havingValue = "false", matchIfMissing = true)
class ReferenceCacheWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ReferenceCacheWarmUp.class);

	private final Territories territories;

	private final Taxonomies taxonomies;

	private final QueryExpansion expansion;

	ReferenceCacheWarmUp(Territories territories, Taxonomies taxonomies, QueryExpansion expansion) {
		this.territories = territories;
		this.taxonomies = taxonomies;
		this.expansion = expansion;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread thread = new Thread(() -> {
			try {
				long started = System.nanoTime();
				this.territories.find("iso:FR");
				this.taxonomies.terms(Taxonomies.THEME);
				this.expansion.expand("migration", null);
				log.debug("Reference caches ready in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			catch (RuntimeException ex) {
				// the caches are built on first use anyway
				log.debug("Reference caches not warmed up: {}", ex.getMessage());
			}
		}, "reference-cache-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

}
