package org.passerelle.practices.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passerelle.kernel.text.TextDiff;
import org.passerelle.practices.internal.PracticeHistory;
import org.passerelle.practices.internal.PracticeHistory.FieldChange;
import org.passerelle.practices.internal.PracticeHistory.FieldKind;
import org.passerelle.practices.internal.PracticeHistory.PracticeComparison;
import org.passerelle.practices.internal.PracticeHistory.PracticeVersion;
import org.passerelle.practices.internal.PracticeHistory.PracticeVersions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A practice's history: its versions (when, who, which fields), and two versions compared
 * field by field. Readable by whoever may read the practice; a 404 for anyone else.
 */
@Controller
@RequestMapping("/practices/{id}/history")
class PracticeHistoryController {

	private final PracticeHistory history;

	private final ModerationLabels labels;

	private final MessageSource messages;

	PracticeHistoryController(PracticeHistory history, ModerationLabels labels, MessageSource messages) {
		this.history = history;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping
	String versions(@PathVariable long id, Model model, Locale locale) {
		PracticeVersions versions = this.history.versions(id);
		List<VersionRow> rows = new ArrayList<>();
		List<PracticeVersion> all = versions.versions();
		for (int i = 0; i < all.size(); i++) {
			PracticeVersion version = all.get(i);
			Integer previous = (i + 1 < all.size()) ? all.get(i + 1).revision() : null;
			Set<String> fields = new LinkedHashSet<>();
			version.changes().forEach(change -> fields.add(fieldLabel(change, locale)));
			rows.add(new VersionRow(version.revision(), this.labels.dateTime(version.at(), locale), author(version),
					statusLabel(version.status().name(), locale), List.copyOf(fields), previous));
		}
		model.addAttribute("practice", versions.practice());
		model.addAttribute("versions", rows);
		return "practices/history";
	}

	@GetMapping("/compare")
	String compare(@PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model, Locale locale) {
		if (from == null || to == null) {
			return "redirect:/practices/" + id + "/history";
		}
		PracticeComparison comparison = this.history.compare(id, from, to);
		model.addAttribute("practice", comparison.practice());
		model.addAttribute("from", side(comparison.from(), locale));
		model.addAttribute("to", side(comparison.to(), locale));
		model.addAttribute("changes",
				comparison.changes()
					.stream()
					.map(c -> changeRow(c, comparison.practice().getLanguage(), locale))
					.toList());
		model.addAttribute("versions",
				this.history.versions(id)
					.versions()
					.stream()
					.map(v -> new VersionChoice(v.revision(), this.labels.dateTime(v.at(), locale)))
					.toList());
		return "practices/compare";
	}

	private VersionSide side(PracticeVersion version, Locale locale) {
		return new VersionSide(version.revision(), this.labels.dateTime(version.at(), locale), author(version));
	}

	/** The author's name, or what to say instead. */
	private Author author(PracticeVersion version) {
		if (version.bySystem()) {
			return new Author(null, "practices.history.author.system");
		}
		if (version.authorName() == null) {
			return new Author(null, "practices.history.author.former");
		}
		return new Author(version.authorName(), null);
	}

	private ChangeRow changeRow(FieldChange change, String practiceLanguage, Locale locale) {
		String textLanguage = change.language() != null ? change.language() : practiceLanguage;
		return switch (change.kind()) {
			case TEXT -> new ChangeRow(fieldLabel(change, locale), FieldKind.TEXT, textLanguage, change.text(),
					List.of(), List.of(), null, null);
			case CODES -> new ChangeRow(fieldLabel(change, locale), FieldKind.CODES, null, List.of(),
					codeLabels(change.field(), change.removed(), locale),
					codeLabels(change.field(), change.added(), locale), null, null);
			case VALUE -> new ChangeRow(fieldLabel(change, locale), FieldKind.VALUE, null, List.of(), List.of(),
					List.of(), valueLabel(change.field(), change.before(), locale),
					valueLabel(change.field(), change.after(), locale));
		};
	}

	private List<CodeLabel> codeLabels(String field, List<String> codes, Locale locale) {
		return codes.stream()
			.map(code -> new CodeLabel(displayCode(field, code), this.labels.code(field, code, locale)))
			.toList();
	}

	/** The code as shown next to its label; none for organisations and links. */
	private static String displayCode(String field, String code) {
		return switch (field) {
			case "partners", "links" -> null;
			default -> code;
		};
	}

	private String valueLabel(String field, String value, Locale locale) {
		if (value == null) {
			return null;
		}
		return switch (field) {
			case "status" -> statusLabel(value, locale);
			case "language" -> this.labels.language(value, locale);
			case "leadOrganisation" -> this.labels.organisationName(Long.parseLong(value));
			default -> value;
		};
	}

	private String fieldLabel(FieldChange change, Locale locale) {
		String key = "practices.history.field." + change.field();
		if (change.language() == null) {
			return this.messages.getMessage(key, null, change.field(), locale);
		}
		return this.messages.getMessage(key, new Object[] { this.labels.language(change.language(), locale) },
				change.field(), locale);
	}

	private String statusLabel(String status, Locale locale) {
		return this.messages.getMessage("practices.history.status." + status, null, status, locale);
	}

	/**
	 * A line of the versions table.
	 *
	 * @param revision the revision number
	 * @param at when
	 * @param author who
	 * @param status the status label in that version
	 * @param fields labels of the fields changed (empty for the first version)
	 * @param previous the revision before it, to compare with, or {@code null}
	 */
	public record VersionRow(int revision, String at, Author author, String status, List<String> fields,
			Integer previous) {
	}

	/**
	 * One of the two versions compared.
	 *
	 * @param revision the revision number
	 * @param at when
	 * @param author who
	 */
	public record VersionSide(int revision, String at, Author author) {
	}

	/**
	 * A version in the comparison's pickers.
	 *
	 * @param revision the revision number
	 * @param at when
	 */
	public record VersionChoice(int revision, String at) {
	}

	/**
	 * Who made a version: a name, or the key of a message saying why there is none.
	 *
	 * @param name the account's name, or {@code null}
	 * @param messageKey the message to show instead, or {@code null}
	 */
	public record Author(String name, String messageKey) {
	}

	/**
	 * A code with its label.
	 *
	 * @param code the code, or {@code null} when it means nothing to readers
	 * @param label its label
	 */
	public record CodeLabel(String code, String label) {
	}

	/**
	 * A field that differs, ready to show.
	 *
	 * @param label the field's label
	 * @param kind how it is compared
	 * @param language for a text, the language it is written in
	 * @param text for a text, its pieces
	 * @param removed for a list, the codes removed
	 * @param added for a list, the codes added
	 * @param before for a single value, the older one
	 * @param after for a single value, the newer one
	 */
	public record ChangeRow(String label, FieldKind kind, String language, List<TextDiff.Segment> text,
			List<CodeLabel> removed, List<CodeLabel> added, String before, String after) {
	}

}
