package org.passerelle.dialogues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.passerelle.dialogues.DialoguesProperties;
import org.passerelle.dialogues.PositionStatus;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content: once the demo dialogue is loaded, adds the common position of its file
 * (the {@code position} part, see {@code demo/README.md}): drafted by the organisations
 * named, opened for endorsement, endorsed and transmitted on the days given (counted back
 * from today), then given its status and follow-up note. It goes through the same rules
 * as positions made in the pages ({@link PositionSeeding}); content that breaks them is
 * reported in the log and nothing of the position is kept.
 */
@Component
class DemoPosition {

	private static final Logger log = LoggerFactory.getLogger(DemoPosition.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final PositionSeeding seeding;

	private final DialogueClock clock;

	private final ZoneId zone;

	private final TransactionTemplate transaction;

	DemoPosition(PositionSeeding seeding, DialogueClock clock, DialoguesProperties properties,
			PlatformTransactionManager transactions) {
		this.seeding = seeding;
		this.clock = clock;
		this.zone = properties.timeZone();
		this.transaction = new TransactionTemplate(transactions);
	}

	// after the synthesis it is drafted from
	@EventListener
	@Order(10)
	void onDemoDialogueLoaded(DemoDialogueLoaded loaded) {
		load(new ClassPathResource(DemoDialogues.FILE), loaded);
	}

	/** Adds the position of the file to the loaded dialogue, if the file has one. */
	void load(Resource file, DemoDialogueLoaded loaded) {
		DemoPositionFile.Position position = read(file).position();
		if (position == null) {
			return;
		}
		try {
			long id = this.transaction.execute(status -> write(position, loaded));
			log.info("Demo content: common position {} with {} endorsements and {} transmissions", id,
					position.endorsements().size(), position.transmissions().size());
		}
		catch (RuntimeException ex) {
			log.warn("Demo common position not loaded: {}", ex.toString());
		}
	}

	private long write(DemoPositionFile.Position position, DemoDialogueLoaded loaded) {
		Instant now = this.clock.now();
		Set<Long> drafters = new LinkedHashSet<>();
		position.drafters()
			.stream()
			.map(loaded.organisationIdsByName()::get)
			.filter(id -> id != null)
			.forEach(drafters::add);
		// drafted and opened two days before the first endorsement
		int firstDay = position.endorsements().stream().mapToInt(DemoPositionFile.Endorsement::daysAgo).max().orElse(0);
		Instant drafted = daysAgo(now, firstDay + 2);
		long id = this.seeding.create(loaded.dialogueId(),
				new PositionCommand(position.title(), position.text(), drafters), loaded.moderatorId(), drafted);
		this.seeding.setStatus(id, PositionStatus.OPEN_FOR_ENDORSEMENT, null, drafted.plus(Duration.ofHours(1)));
		Instant last = drafted;
		for (DemoPositionFile.Endorsement endorsement : position.endorsements()
			.stream()
			.sorted((a, b) -> Integer.compare(b.daysAgo(), a.daysAgo()))
			.toList()) {
			Long organisation = loaded.organisationIdsByName().get(endorsement.organisation());
			if (organisation == null) {
				log.info("Demo position: endorsing organisation '{}' is not in the directory, skipped",
						endorsement.organisation());
				continue;
			}
			Instant at = daysAgo(now, endorsement.daysAgo());
			this.seeding.endorse(id, organisation, loaded.userIdsByOrganisation().get(endorsement.organisation()), at);
			last = at;
		}
		for (DemoPositionFile.Transmission transmission : position.transmissions()
			.stream()
			.sorted((a, b) -> Integer.compare(b.daysAgo(), a.daysAgo()))
			.toList()) {
			Instant at = daysAgo(now, transmission.daysAgo());
			this.seeding.transmit(id, new TransmissionCommand(transmission.institution(),
					at.atZone(this.zone).toLocalDate(), transmission.document(), null), loaded.moderatorId(), at);
			last = at;
		}
		if (position.status() != null && position.status() != PositionStatus.OPEN_FOR_ENDORSEMENT) {
			this.seeding.setStatus(id, position.status(), position.followUp(), last.plus(Duration.ofDays(1)));
		}
		return id;
	}

	private static Instant daysAgo(Instant now, int days) {
		return now.minus(Duration.ofDays(days));
	}

	private static DemoPositionFile read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return JSON.readValue(in, DemoPositionFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** The part of a demo dialogue file that makes its common position. */
	record DemoPositionFile(Position position) {

		record Position(String title, String text, List<String> drafters, List<Endorsement> endorsements,
				List<Transmission> transmissions, PositionStatus status, String followUp) {

			Position {
				drafters = drafters == null ? List.of() : List.copyOf(drafters);
				endorsements = endorsements == null ? List.of() : List.copyOf(endorsements);
				transmissions = transmissions == null ? List.of() : List.copyOf(transmissions);
			}

		}

		record Endorsement(String organisation, int daysAgo) {
		}

		record Transmission(String institution, int daysAgo, String document) {
		}

	}

}
