package org.passerelle.practices.internal;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.kernel.PasserelleProperties;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeImporter.Result;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Demo content: on the first start with {@code passerelle.demo=true} (no practice yet),
 * imports the practices of {@value #FILE} as published, naming the demo organisations
 * loaded just before (actors' demo content runs earlier on the same event) and adding the
 * few it names that the directory lacks. Never in command-line mode. Without the file it
 * does nothing; a file with problems is reported in the log and nothing is imported.
 */
@Component
class DemoPractices {

	static final String FILE = "demo/practices.jsonl";

	private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

	private final PracticeImporter importer;

	private final PracticeRepository practices;

	private final PracticeMessages messages;

	private final PasserelleProperties properties;

	private final Environment environment;

	DemoPractices(PracticeImporter importer, PracticeRepository practices, PracticeMessages messages,
			PasserelleProperties properties, Environment environment) {
		this.importer = importer;
		this.practices = practices;
		this.messages = messages;
		this.properties = properties;
		this.environment = environment;
	}

	// just before the last listeners: the dialogues' demo content runs after it
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 50)
	void loadOnFirstStart() {
		boolean commandLine = this.environment.getProperty("passerelle.cli", Boolean.class, false);
		if (this.properties.demo() && !commandLine && this.practices.count() == 0) {
			load(new ClassPathResource(FILE));
		}
	}

	/**
	 * Imports the practices of a demo file as published.
	 * @return the outcome, or nothing if the file does not exist
	 */
	Optional<Result> load(Resource file) {
		if (!file.exists()) {
			log.debug("No demo practices: {} is absent", file);
			return Optional.empty();
		}
		Result result = this.importer.importLines(file, PracticeStatus.PUBLISHED, null, PracticeImporter.Progress.NONE);
		if (result.succeeded()) {
			log.info("Demo content: {} practices loaded, {} organisations added", result.created(),
					result.organisationsCreated());
		}
		else {
			log.warn("Demo practices not loaded: {} has {} problems", file, result.problems().size());
			result.problems()
				.forEach(p -> log.warn("  line {}, {}: {}", p.line(), p.field(),
						this.messages.explain(p.problem(), Locale.ENGLISH)));
		}
		return Optional.of(result);
	}

}
