package org.passerelle.dialogues.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.kernel.text.TextDiff;
import org.passerelle.dialogues.internal.PositionHistory;
import org.passerelle.dialogues.internal.PositionHistory.Change;
import org.passerelle.dialogues.internal.PositionHistory.PositionComparison;
import org.passerelle.dialogues.internal.PositionHistory.PositionVersion;
import org.passerelle.dialogues.internal.PositionHistory.PositionVersions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A common position's history: its versions (when, who, which fields) and two versions
 * compared word by word. Readable by whoever may see the position.
 */
@Controller
@RequestMapping("/dialogues/{slug}/positions/{position}/history")
class PositionHistoryController {

	private final PositionHistory history;

	private final DialogueLabels labels;

	private final MessageSource messages;

	PositionHistoryController(PositionHistory history, DialogueLabels labels, MessageSource messages) {
		this.history = history;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping
	String versions(@PathVariable String slug, @PathVariable String position, Model model, Locale locale) {
		PositionVersions versions = this.history.versions(slug, position);
		List<PositionVersion> all = versions.versions();
		List<VersionRow> rows = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			PositionVersion version = all.get(i);
			Integer previous = (i + 1 < all.size()) ? all.get(i + 1).revision() : null;
			rows.add(new VersionRow(version.revision(), this.labels.dateTime(version.at(), locale), author(version),
					status(version.status().name(), locale),
					version.changes().stream().map(c -> field(c.field(), locale)).toList(), previous));
		}
		model.addAttribute("dialogue", versions.dossier().dialogue());
		model.addAttribute("position", versions.dossier().position());
		model.addAttribute("versions", rows);
		return "dialogues/positions/history";
	}

	@GetMapping("/compare")
	String compare(@PathVariable String slug, @PathVariable String position,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
			Locale locale) {
		if (from == null || to == null) {
			return "redirect:/dialogues/" + slug + "/positions/" + position + "/history";
		}
		PositionComparison comparison = this.history.compare(slug, position, from, to);
		model.addAttribute("dialogue", comparison.dossier().dialogue());
		model.addAttribute("position", comparison.dossier().position());
		model.addAttribute("from", side(comparison.from(), locale));
		model.addAttribute("to", side(comparison.to(), locale));
		model.addAttribute("changes", comparison.changes().stream().map(c -> changeRow(c, locale)).toList());
		model.addAttribute("versions",
				this.history.versions(slug, position)
					.versions()
					.stream()
					.map(v -> new VersionSide(v.revision(), this.labels.dateTime(v.at(), locale), author(v)))
					.toList());
		return "dialogues/positions/compare";
	}

	private VersionSide side(PositionVersion version, Locale locale) {
		return new VersionSide(version.revision(), this.labels.dateTime(version.at(), locale), author(version));
	}

	private String author(PositionVersion version) {
		return version.authorName();
	}

	private ChangeRow changeRow(Change change, Locale locale) {
		if (change.single()) {
			return new ChangeRow(field(change.field(), locale), true, List.of(),
					change.before() == null ? null : status(change.before(), locale),
					change.after() == null ? null : status(change.after(), locale));
		}
		return new ChangeRow(field(change.field(), locale), false, change.pieces(), null, null);
	}

	private String field(String field, Locale locale) {
		return this.messages.getMessage("dialogues.positions.history.field." + field, null, field, locale);
	}

	private String status(String status, Locale locale) {
		return this.messages.getMessage("dialogues.positions.status." + status, null, status, locale);
	}

	/**
	 * A line of the versions table.
	 *
	 * @param revision the revision number
	 * @param at when
	 * @param author who, or {@code null} for a loader or a deleted account
	 * @param status the status label in that version
	 * @param fields labels of the fields changed (empty for the first version)
	 * @param previous the revision before, to compare with, or {@code null}
	 */
	public record VersionRow(int revision, String at, String author, String status, List<String> fields,
			Integer previous) {
	}

	/**
	 * A version compared or offered for comparison.
	 *
	 * @param revision the revision number
	 * @param at when
	 * @param author who, or {@code null}
	 */
	public record VersionSide(int revision, String at, String author) {
	}

	/**
	 * A field that differs, ready to show.
	 *
	 * @param label the field's label
	 * @param single whether one value replaced another
	 * @param pieces for words, the pieces kept, removed and added
	 * @param before for a single value, the older label
	 * @param after for a single value, the newer label
	 */
	public record ChangeRow(String label, boolean single, List<TextDiff.Segment> pieces, String before, String after) {
	}

}
