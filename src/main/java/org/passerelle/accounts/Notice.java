package org.passerelle.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell a user, e.g. that a round opened in a dialogue they took part in.
 * <p>
 * Subject and body are message keys, not text: the accounts module renders them in the
 * recipient's interface language when the mail goes out, which for a daily or weekly
 * digest may be days after the notice was given. Both keys are formatted with the same
 * {@code args}, which are inserted as they are (titles, names, numbers as text) and never
 * translated.
 *
 * @param topic what kind of news it is, {@code <module>.<event>}, e.g.
 * {@code dialogues.round}
 * @param subjectKey the message key of a one-line summary: the subject of an immediate
 * mail, a heading in a digest
 * @param bodyKey the message key of a few sentences saying what happened
 * @param args the arguments of both messages
 * @param link the path of the page to open, e.g. {@code /dialogues/x} (made absolute with
 * the platform's address), or {@code null}
 */
public record Notice(String topic, String subjectKey, String bodyKey, List<String> args, String link) {

	/** Longest topic accepted. */
	public static final int TOPIC_MAX = 100;

	public Notice {
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(subjectKey, "subjectKey");
		Objects.requireNonNull(bodyKey, "bodyKey");
		if (topic.isBlank() || topic.length() > TOPIC_MAX) {
			throw new IllegalArgumentException("A notice's topic has 1 to " + TOPIC_MAX + " characters");
		}
		if (link != null && !link.startsWith("/")) {
			throw new IllegalArgumentException("A notice links to a path of the platform, not to " + link);
		}
		args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
	}

	/** A notice whose messages take these arguments. */
	public static Notice of(String topic, String subjectKey, String bodyKey, String link, Object... args) {
		return new Notice(topic, subjectKey, bodyKey,
				Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList(), link);
	}

}
