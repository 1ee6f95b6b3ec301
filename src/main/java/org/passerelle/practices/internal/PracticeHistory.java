package org.passerelle.practices.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.passerelle.kernel.text.TextDiff;
import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.kernel.history.History;
import org.passerelle.kernel.history.History.Version;
import org.passerelle.kernel.text.RichText;
import org.passerelle.practices.PracticeNotFoundException;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what in a practice, and when: its versions as Envers kept them, and the
 * differences between two of them field by field (words for texts, rich text compared as
 * plain text; added and removed codes for lists). Whoever may read the practice may read
 * its history, except the moderators' return reasons, which only its editors see.
 */
@Service
@Transactional(readOnly = true)
public class PracticeHistory {

	private static final List<Field> FIELDS = List.of(Field.value("status", p -> p.getStatus().name()),
			Field.value("language", Practice::getLanguage), Field.text("title", Practice::getTitle),
			Field.text("summary", Practice::getSummary), Field.text("description", p -> plain(p.getDescription())),
			Field.value("leadOrganisation", p -> p.getLeadOrganisationId()),
			Field.codes("partners", p -> p.getPartners()
				.stream()
				.map(partner -> partner.organisationId() + (partner.role() == null ? "" : "\t" + partner.role()))
				.toList()),
			Field.codes("countries", Practice::getCountries), Field.codes("territories", Practice::getTerritories),
			Field.codes("originTerritories", Practice::getOriginTerritories),
			Field.codes("levels", Practice::getLevels), Field.codes("themes", Practice::getThemes),
			Field.codes("gcmObjectives", p -> p.getGcmObjectives().stream().map(String::valueOf).toList()),
			Field.codes("sdgTargets", Practice::getSdgTargets), Field.codes("targetGroups", Practice::getTargetGroups),
			Field.value("startYear", Practice::getStartYear), Field.value("endYear", Practice::getEndYear),
			Field.text("budget", Practice::getBudget), Field.text("fundingSources", Practice::getFundingSources),
			Field.text("results", p -> plain(p.getResults())), Field.text("lessons", p -> plain(p.getLessons())),
			Field.text("transferability", p -> plain(p.getTransferability())),
			Field.codes("links", Practice::getLinks));

	/** The fields of each translation, compared language by language. */
	private static final List<Field> TRANSLATION_FIELDS = List.of(
			Field.translation("translation.title", TranslatedText::title),
			Field.translation("translation.summary", TranslatedText::summary),
			Field.translation("translation.description", t -> plain(t.description())));

	/** Seen only by those who may edit the practice. */
	private static final Field RETURN_REASON = Field.text("returnReason", Practice::getReturnReason);

	private final PracticeRepository practices;

	private final PracticePermissions permissions;

	private final History history;

	private final Accounts accounts;

	PracticeHistory(PracticeRepository practices, PracticePermissions permissions, History history, Accounts accounts) {
		this.practices = practices;
		this.permissions = permissions;
		this.history = history;
		this.accounts = accounts;
	}

	/**
	 * The practice's versions, newest first, each with the fields it changed.
	 * @throws PracticeNotFoundException if there is no such practice or the user may not
	 * read it
	 */
	public PracticeVersions versions(long id) {
		Practice practice = readable(id);
		List<Field> fields = fields(practice);
		List<Version<Practice>> all = this.history.versions(Practice.class, id);
		Map<Long, Optional<String>> names = new HashMap<>();
		List<PracticeVersion> versions = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Practice state = all.get(i).state();
			List<FieldChange> changed = (i == 0) ? List.of() : changes(fields, all.get(i - 1).state(), state, false);
			versions.add(version(all.get(i), changed, names));
		}
		Collections.reverse(versions);
		return new PracticeVersions(practice, versions);
	}

	/**
	 * The differences between two versions of the practice, the older one first whatever
	 * the order given.
	 * @param from a revision number of the practice
	 * @param to another (or the same) revision number
	 * @throws PracticeNotFoundException if there is no such practice, the user may not
	 * read it, or it has no version with one of the numbers
	 */
	public PracticeComparison compare(long id, int from, int to) {
		Practice practice = readable(id);
		List<Version<Practice>> all = this.history.versions(Practice.class, id);
		var older = find(all, Math.min(from, to), id);
		var newer = find(all, Math.max(from, to), id);
		Map<Long, Optional<String>> names = new HashMap<>();
		List<FieldChange> changes = changes(fields(practice), older.state(), newer.state(), true);
		return new PracticeComparison(practice, version(older, List.of(), names), version(newer, changes, names),
				changes);
	}

	private Practice readable(long id) {
		Practice practice = this.practices.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
		if (!this.permissions.canRead(practice)) {
			throw new PracticeNotFoundException(id);
		}
		return practice;
	}

	private List<Field> fields(Practice practice) {
		if (!this.permissions.canEdit(practice)) {
			return FIELDS;
		}
		List<Field> all = new ArrayList<>(FIELDS);
		all.add(RETURN_REASON);
		return all;
	}

	private static Version<Practice> find(List<Version<Practice>> all, int revision, long id) {
		return all.stream()
			.filter(v -> v.revision().getId() == revision)
			.findFirst()
			.orElseThrow(() -> new PracticeNotFoundException(id));
	}

	private PracticeVersion version(Version<Practice> version, List<FieldChange> changes,
			Map<Long, Optional<String>> names) {
		Long userId = version.revision().getUserId();
		Optional<String> name = userId == null ? Optional.empty()
				: names.computeIfAbsent(userId, u -> this.accounts.find(u).map(CurrentUser::displayName));
		return new PracticeVersion(version.revision().getId(), version.revision().getInstant(), userId,
				name.orElse(null), version.state().getStatus(), changes);
	}

	/** What differs between two states, in the order of the fields. */
	static List<FieldChange> changes(List<Field> fields, Practice before, Practice after, boolean detailed) {
		List<FieldChange> changes = new ArrayList<>();
		for (Field field : fields) {
			Object a = field.value().apply(before);
			Object b = field.value().apply(after);
			if (!Objects.equals(normalise(a), normalise(b))) {
				changes.add(field.change(null, a, b, detailed));
			}
		}
		Set<String> languages = new TreeSet<>(before.getTranslations().keySet());
		languages.addAll(after.getTranslations().keySet());
		for (String language : languages) {
			TranslatedText a = before.getTranslations().get(language);
			TranslatedText b = after.getTranslations().get(language);
			for (Field field : TRANSLATION_FIELDS) {
				Object x = a == null ? null : field.translated().apply(a);
				Object y = b == null ? null : field.translated().apply(b);
				if (!Objects.equals(normalise(x), normalise(y))) {
					changes.add(field.change(language, x, y, detailed));
				}
			}
		}
		return changes;
	}

	private static Object normalise(Object value) {
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}

	private static String plain(String html) {
		return html == null ? null : RichText.toPlainText(html);
	}

	/** How a field is compared. */
	public enum FieldKind {

		/** Words added and removed. */
		TEXT,
		/** Codes added and removed. */
		CODES,
		/** One value replaced by another. */
		VALUE

	}

	/**
	 * A field of a practice and how to read it.
	 */
	record Field(String name, FieldKind kind, Function<Practice, Object> value,
			Function<TranslatedText, Object> translated) {

		static Field text(String name, Function<Practice, String> value) {
			return new Field(name, FieldKind.TEXT, value::apply, null);
		}

		static Field translation(String name, Function<TranslatedText, String> value) {
			return new Field(name, FieldKind.TEXT, null, value::apply);
		}

		static Field codes(String name, Function<Practice, List<String>> value) {
			return new Field(name, FieldKind.CODES, value::apply, null);
		}

		static Field value(String name, Function<Practice, Object> value) {
			return new Field(name, FieldKind.VALUE, value, null);
		}

		@SuppressWarnings("unchecked")
		FieldChange change(String language, Object before, Object after, boolean detailed) {
			return switch (this.kind) {
				case TEXT -> new FieldChange(this.name, language, this.kind,
						detailed ? TextDiff.words((String) before, (String) after) : List.of(), List.of(), List.of(),
						null, null);
				case CODES -> {
					List<String> a = before == null ? List.of() : (List<String>) before;
					List<String> b = after == null ? List.of() : (List<String>) after;
					yield new FieldChange(this.name, language, this.kind, List.of(),
							a.stream().filter(code -> !b.contains(code)).toList(),
							b.stream().filter(code -> !a.contains(code)).toList(), null, null);
				}
				case VALUE -> new FieldChange(this.name, language, this.kind, List.of(), List.of(), List.of(),
						before == null ? null : String.valueOf(before), after == null ? null : String.valueOf(after));
			};
		}

	}

	/**
	 * A practice and its versions.
	 *
	 * @param practice the practice as it is now
	 * @param versions newest first
	 */
	public record PracticeVersions(Practice practice, List<PracticeVersion> versions) {
	}

	/**
	 * One version of a practice.
	 *
	 * @param revision the revision number (platform-wide, increasing)
	 * @param at when it was saved
	 * @param authorId the account that saved it, {@code null} for imports and system
	 * changes
	 * @param authorName that account's name, {@code null} if it has none or was deleted
	 * @param status the practice's status in that version
	 * @param changes the fields it changed compared to the previous version, in the order
	 * of the form (empty for the first version; words and codes only in a comparison)
	 */
	public record PracticeVersion(int revision, Instant at, Long authorId, String authorName, PracticeStatus status,
			List<FieldChange> changes) {

		/** Whether this version has no author account (an import or a system change). */
		public boolean bySystem() {
			return this.authorId == null;
		}

	}

	/**
	 * Two versions of a practice and what differs between them.
	 *
	 * @param practice the practice as it is now
	 * @param from the older version
	 * @param to the newer version
	 * @param changes the differing fields, in the order of the form
	 */
	public record PracticeComparison(Practice practice, PracticeVersion from, PracticeVersion to,
			List<FieldChange> changes) {
	}

	/**
	 * One field that differs between two versions.
	 *
	 * @param field the field's name ({@code title}, {@code themes},
	 * {@code translation.summary})
	 * @param language for a translation's field, its language; otherwise {@code null}
	 * @param kind how it is compared
	 * @param text for a text field: the newer text with the removed and added words
	 * @param removed for a list: the codes no longer there
	 * @param added for a list: the new codes
	 * @param before for a single value: the older value, or {@code null}
	 * @param after for a single value: the newer value, or {@code null}
	 */
	public record FieldChange(String field, String language, FieldKind kind, List<TextDiff.Segment> text,
			List<String> removed, List<String> added, String before, String after) {

	}

}
