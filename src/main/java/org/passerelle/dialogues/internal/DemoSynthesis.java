package org.passerelle.dialogues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content: once the demo dialogue is loaded, adds the synthesis of its file (the
 * {@code synthesis} part, see {@code demo/README.md}): the moderators' introduction and
 * their summary of each question ({@code "round.question"}), published the given number
 * of days ago by the demo moderator. A summary naming a question the dialogue does not
 * ask is reported in the log and the synthesis is not loaded.
 */
@Component
class DemoSynthesis {

	private static final Logger log = LoggerFactory.getLogger(DemoSynthesis.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final SynthesisRepository syntheses;

	private final DialogueRepository dialogues;

	private final DialogueClock clock;

	private final TransactionTemplate transaction;

	DemoSynthesis(SynthesisRepository syntheses, DialogueRepository dialogues, DialogueClock clock,
			PlatformTransactionManager transactions) {
		this.syntheses = syntheses;
		this.dialogues = dialogues;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	// before the position, which is drafted from the synthesis
	@EventListener
	@Order(0)
	void onDemoDialogueLoaded(DemoDialogueLoaded loaded) {
		load(new ClassPathResource(DemoDialogues.FILE), loaded);
	}

	/** Adds the synthesis of the file to the loaded dialogue, if the file has one. */
	void load(Resource file, DemoDialogueLoaded loaded) {
		DemoSynthesisFile.Part part = read(file).synthesis();
		if (part == null) {
			return;
		}
		try {
			int summaries = this.transaction.execute(status -> write(part, loaded));
			log.info("Demo content: synthesis with {} question summaries, published", summaries);
		}
		catch (RuntimeException ex) {
			log.warn("Demo synthesis not loaded: {}", ex.getMessage());
		}
	}

	private int write(DemoSynthesisFile.Part part, DemoDialogueLoaded loaded) {
		Dialogue dialogue = this.dialogues.findById(loaded.dialogueId()).orElseThrow();
		List<SynthesisSummary> summaries = new ArrayList<>();
		new TreeMap<>(part.summaries()).forEach((key, text) -> {
			String[] parts = key.split("\\.");
			int round = Integer.parseInt(parts[0]);
			int question = Integer.parseInt(parts[1]);
			if (dialogue.round(round).filter(r -> r.hasQuestion(question)).isEmpty()) {
				throw new IllegalStateException("summary " + key + " names no question of the dialogue");
			}
			summaries.add(new SynthesisSummary(round, question, ContributionText.toRichText(text)));
		});
		Instant published = this.clock.now().minus(Duration.ofDays(part.publishedDaysAgo()));
		Synthesis synthesis = new Synthesis(dialogue.getId(), published.minus(Duration.ofDays(2)));
		synthesis.edit(ContributionText.toRichText(part.introduction()), summaries, loaded.moderatorId(),
				published.minus(Duration.ofDays(1)));
		synthesis.publish(loaded.moderatorId(), published);
		this.syntheses.saveAndFlush(synthesis);
		return summaries.size();
	}

	private static DemoSynthesisFile read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return JSON.readValue(in, DemoSynthesisFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** The part of a demo dialogue file that makes its synthesis. */
	record DemoSynthesisFile(Part synthesis) {

		record Part(int publishedDaysAgo, String introduction, Map<String, String> summaries) {

			Part {
				summaries = summaries == null ? Map.of() : Map.copyOf(summaries);
			}

		}

	}

}
