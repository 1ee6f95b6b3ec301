package org.passerelle.dialogues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionStatus;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.springframework.core.io.Resource;

/**
 * The part of a demo dialogue file ({@code demo/README.md}) that makes the dialogue and
 * its contributions; the synthesis and the position are read by their own loaders.
 */
record DemoDialogueFile(String slug, String title, String description, List<String> organisers, List<String> languages,
		DialogueVisibility visibility, ModerationPolicy moderation, int firstRoundOpensDaysAgo, int roundLengthDays,
		List<DemoRound> rounds, List<DemoContribution> contributions) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	DemoDialogueFile {
		organisers = organisers == null ? List.of() : List.copyOf(organisers);
		languages = languages == null ? List.of() : List.copyOf(languages);
		rounds = rounds == null ? List.of() : List.copyOf(rounds);
		contributions = contributions == null ? List.of() : List.copyOf(contributions);
	}

	static DemoDialogueFile read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return JSON.readValue(in, DemoDialogueFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** A round: its title and questions. */
	record DemoRound(String title, List<String> questions) {
	}

	/**
	 * A contribution: answers by question number, or a reply to the contribution with key
	 * {@code replyTo} (its one text); published unless {@code status} says otherwise.
	 */
	record DemoContribution(String key, int round, String organisation, String language, ContributionChannel channel,
			String replyTo, ContributionStatus status, String rejectionReason, Map<String, String> answers) {

		ContributionStatus statusOrPublished() {
			return this.status == null ? ContributionStatus.PUBLISHED : this.status;
		}

	}

}
