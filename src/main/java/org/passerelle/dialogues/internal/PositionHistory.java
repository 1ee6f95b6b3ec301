package org.passerelle.dialogues.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.passerelle.kernel.text.TextDiff;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.PositionNotFoundException;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.kernel.history.History;
import org.passerelle.kernel.history.History.Version;
import org.passerelle.kernel.text.RichText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a common position as Envers kept them (who, when, which fields), and
 * two versions compared word by word (the text compared as plain text). Whoever may see
 * the position may see its history.
 */
@Service
@Transactional(readOnly = true)
public class PositionHistory {

	/** The fields compared, in the order of the page. */
	private static final List<Field> FIELDS = List.of(new Field("title", Position::getTitle, false),
			new Field("text", p -> plain(p.getText()), false), new Field("status", p -> p.getStatus().name(), true),
			new Field("followUp", Position::getFollowUp, false));

	private final PositionReader reader;

	private final History history;

	private final Accounts accounts;

	PositionHistory(PositionReader reader, History history, Accounts accounts) {
		this.reader = reader;
		this.history = history;
		this.accounts = accounts;
	}

	/**
	 * The position's versions, newest first, each with the names of the fields it
	 * changed.
	 * @throws PositionNotFoundException if the user may not see the position
	 */
	public PositionVersions versions(String dialogueSlug, String positionSlug) {
		PositionDossier dossier = this.reader.get(dialogueSlug, positionSlug);
		List<Version<Position>> all = this.history.versions(Position.class, dossier.position().getId());
		Map<Long, Optional<String>> names = new HashMap<>();
		List<PositionVersion> versions = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			List<Change> changes = (i == 0) ? List.of() : changes(all.get(i - 1).state(), all.get(i).state(), false);
			versions.add(version(all.get(i), changes, names));
		}
		Collections.reverse(versions);
		return new PositionVersions(dossier, versions);
	}

	/**
	 * Two versions compared, the older first whatever the order given.
	 * @throws PositionNotFoundException if the user may not see the position or it has no
	 * version with one of the numbers
	 */
	public PositionComparison compare(String dialogueSlug, String positionSlug, int from, int to) {
		PositionDossier dossier = this.reader.get(dialogueSlug, positionSlug);
		List<Version<Position>> all = this.history.versions(Position.class, dossier.position().getId());
		Version<Position> older = find(all, Math.min(from, to), positionSlug);
		Version<Position> newer = find(all, Math.max(from, to), positionSlug);
		Map<Long, Optional<String>> names = new HashMap<>();
		List<Change> changes = changes(older.state(), newer.state(), true);
		return new PositionComparison(dossier, version(older, List.of(), names), version(newer, changes, names),
				changes);
	}

	private static Version<Position> find(List<Version<Position>> all, int revision, String positionSlug) {
		return all.stream()
			.filter(v -> v.revision().getId() == revision)
			.findFirst()
			.orElseThrow(() -> new PositionNotFoundException(positionSlug));
	}

	private PositionVersion version(Version<Position> version, List<Change> changes,
			Map<Long, Optional<String>> names) {
		Long userId = version.revision().getUserId();
		Optional<String> name = userId == null ? Optional.empty()
				: names.computeIfAbsent(userId, u -> this.accounts.find(u).map(CurrentUser::displayName));
		return new PositionVersion(version.revision().getId(), version.revision().getInstant(), userId,
				name.orElse(null), version.state().getStatus(), changes);
	}

	private static List<Change> changes(Position before, Position after, boolean detailed) {
		List<Change> changes = new ArrayList<>();
		for (Field field : FIELDS) {
			String a = blankToNull(field.value().apply(before));
			String b = blankToNull(field.value().apply(after));
			if (!Objects.equals(a, b)) {
				changes.add(new Change(field.name(), field.single(),
						detailed && !field.single() ? TextDiff.words(a, b) : List.of(), a, b));
			}
		}
		return changes;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String plain(String html) {
		return html == null ? null : RichText.toPlainText(html);
	}

	private record Field(String name, Function<Position, String> value, boolean single) {
	}

	/**
	 * A position and its versions.
	 *
	 * @param dossier the position as it is now
	 * @param versions newest first
	 */
	public record PositionVersions(PositionDossier dossier, List<PositionVersion> versions) {
	}

	/**
	 * One version of a position.
	 *
	 * @param revision the revision number (platform-wide, increasing)
	 * @param at when it was saved
	 * @param authorId the account that saved it, {@code null} for loaders and system
	 * changes
	 * @param authorName that account's name, {@code null} if there is none
	 * @param status the status in that version
	 * @param changes the fields changed since the previous version (no words unless
	 * compared)
	 */
	public record PositionVersion(int revision, Instant at, Long authorId, String authorName, PositionStatus status,
			List<Change> changes) {
	}

	/**
	 * Two versions and what differs between them.
	 *
	 * @param dossier the position as it is now
	 * @param from the older version
	 * @param to the newer version
	 * @param changes the fields that differ
	 */
	public record PositionComparison(PositionDossier dossier, PositionVersion from, PositionVersion to,
			List<Change> changes) {
	}

	/**
	 * A field that differs.
	 *
	 * @param field {@code title}, {@code text}, {@code status} or {@code followUp}
	 * @param single whether it is one value replaced by another (the status) rather than
	 * words
	 * @param pieces for words, the newer text with the removed and added words
	 * @param before the older value, or {@code null}
	 * @param after the newer value, or {@code null}
	 */
	public record Change(String field, boolean single, List<TextDiff.Segment> pieces, String before, String after) {
	}

}
