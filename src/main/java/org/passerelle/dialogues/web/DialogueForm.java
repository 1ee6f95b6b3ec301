package org.passerelle.dialogues.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueCommand;
import org.passerelle.dialogues.internal.DialogueCommand.RoundCommand;
import org.passerelle.dialogues.internal.Round;
import org.springframework.validation.BindingResult;

/**
 * The dialogue form: description, organisers, visibility and a fixed number of round rows
 * with a fixed number of question rows each, so that it works without JavaScript; blank
 * rows are ignored. Dates are {@code datetime-local} values in the platform's zone. Other
 * organisers and invited organisations are chosen with pickers
 * ({@link DialogueFormSupport}) and travel as hidden ids, with the text last searched
 * for.
 */
public class DialogueForm {

	static final int ROUNDS = 6;

	static final int QUESTIONS = 5;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private long version;

	private String title;

	private String description;

	private List<Long> organiserIds = new ArrayList<>();

	private List<Long> otherOrganiserIds = new ArrayList<>();

	private String otherOrganiserQuery;

	private List<String> languages = new ArrayList<>(List.of("fr"));

	private DialogueVisibility visibility = DialogueVisibility.PUBLIC;

	private ModerationPolicy moderationPolicy = ModerationPolicy.PRE;

	private List<Long> invitedIds = new ArrayList<>();

	private String invitedQuery;

	private List<RoundRow> rounds = new ArrayList<>();

	public DialogueForm() {
		fill();
	}

	/** The form of an existing dialogue. */
	static DialogueForm of(Dialogue dialogue, ZoneId zone) {
		DialogueForm form = new DialogueForm();
		form.version = dialogue.getVersion();
		form.title = dialogue.getTitle();
		form.description = dialogue.getDescription();
		form.organiserIds = new ArrayList<>(dialogue.getOrganiserIds());
		form.languages = new ArrayList<>(dialogue.getLanguages());
		form.visibility = dialogue.getVisibility();
		form.moderationPolicy = dialogue.getModerationPolicy();
		form.invitedIds = new ArrayList<>(dialogue.getInvitedIds().stream().sorted().toList());
		form.rounds = new ArrayList<>();
		for (Round round : dialogue.getRounds()) {
			RoundRow row = new RoundRow();
			row.setTitle(round.getTitle());
			row.setOpensAt(LOCAL.format(round.getOpensAt().atZone(zone)));
			row.setClosesAt(LOCAL.format(round.getClosesAt().atZone(zone)));
			row.setQuestions(new ArrayList<>(round.getQuestions()));
			form.rounds.add(row);
		}
		form.fill();
		return form;
	}

	/** Adds blank rows up to the fixed numbers. */
	void fill() {
		while (this.rounds.size() < ROUNDS) {
			this.rounds.add(new RoundRow());
		}
		this.rounds.forEach(RoundRow::fill);
	}

	/**
	 * The command, with the form rows behind its rounds in {@code rowOfRound}; dates that
	 * cannot be read are reported on the binding result.
	 */
	DialogueCommand toCommand(ZoneId zone, List<Integer> rowOfRound, BindingResult binding) {
		List<RoundCommand> timeline = new ArrayList<>();
		for (int i = 0; i < this.rounds.size(); i++) {
			RoundRow row = this.rounds.get(i);
			if (row.isBlank()) {
				continue;
			}
			Instant opens = instant(row.getOpensAt(), zone, "rounds[" + i + "].opensAt", binding);
			Instant closes = instant(row.getClosesAt(), zone, "rounds[" + i + "].closesAt", binding);
			List<String> questions = row.getQuestions().stream().filter(q -> q != null && !q.isBlank()).toList();
			rowOfRound.add(i);
			timeline.add(new RoundCommand(row.getTitle(), opens, closes, questions));
		}
		Set<Long> organisers = new LinkedHashSet<>(ids(this.organiserIds));
		organisers.addAll(ids(this.otherOrganiserIds));
		return new DialogueCommand(this.title, this.description, this.languages == null ? List.of() : this.languages,
				this.visibility, this.moderationPolicy, organisers, ids(this.invitedIds), timeline);
	}

	/** Reports a problem of the command next to the form field it concerns. */
	static void report(DialogueProblem problem, List<Integer> rowOfRound, BindingResult binding) {
		String field = problem.field();
		if (field.startsWith("rounds[")) {
			int end = field.indexOf(']');
			int round = Integer.parseInt(field.substring("rounds[".length(), end));
			String rest = field.substring(end + 1).replaceAll("\\.questions\\[\\d+]", ".questions");
			field = "rounds[" + rowOfRound.get(round) + "]" + rest;
			if (rest.isEmpty()) {
				field = field + ".title";
			}
		}
		if (field.equals("rounds")) {
			field = "rounds[0].opensAt";
		}
		binding.rejectValue(field, problem.messageKey(), problem.argumentArray(), problem.messageKey());
	}

	private static Instant instant(String value, ZoneId zone, String field, BindingResult binding) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			binding.rejectValue(field, "dialogues.problem.invalidDate", "dialogues.problem.invalidDate");
			return null;
		}
	}

	private static Set<Long> ids(List<Long> ids) {
		Set<Long> set = new LinkedHashSet<>();
		if (ids != null) {
			ids.stream().filter(id -> id != null).forEach(set::add);
		}
		return set;
	}

	/** Other organisers chosen with the picker, never {@code null}. */
	List<Long> otherOrganisers() {
		if (this.otherOrganiserIds == null) {
			this.otherOrganiserIds = new ArrayList<>();
		}
		return this.otherOrganiserIds;
	}

	/** Invited organisations chosen with the picker, never {@code null}. */
	List<Long> invited() {
		if (this.invitedIds == null) {
			this.invitedIds = new ArrayList<>();
		}
		return this.invitedIds;
	}

	/** The organisers ticked among the user's organisations, never {@code null}. */
	List<Long> organisers() {
		if (this.organiserIds == null) {
			this.organiserIds = new ArrayList<>();
		}
		return this.organiserIds;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Long> getOrganiserIds() {
		return this.organiserIds;
	}

	public void setOrganiserIds(List<Long> organiserIds) {
		this.organiserIds = organiserIds;
	}

	public List<Long> getOtherOrganiserIds() {
		return this.otherOrganiserIds;
	}

	public void setOtherOrganiserIds(List<Long> otherOrganiserIds) {
		this.otherOrganiserIds = otherOrganiserIds;
	}

	public String getOtherOrganiserQuery() {
		return this.otherOrganiserQuery;
	}

	public void setOtherOrganiserQuery(String otherOrganiserQuery) {
		this.otherOrganiserQuery = otherOrganiserQuery;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public DialogueVisibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(DialogueVisibility visibility) {
		this.visibility = visibility;
	}

	public ModerationPolicy getModerationPolicy() {
		return this.moderationPolicy;
	}

	public void setModerationPolicy(ModerationPolicy moderationPolicy) {
		this.moderationPolicy = moderationPolicy;
	}

	public List<Long> getInvitedIds() {
		return this.invitedIds;
	}

	public void setInvitedIds(List<Long> invitedIds) {
		this.invitedIds = invitedIds;
	}

	public String getInvitedQuery() {
		return this.invitedQuery;
	}

	public void setInvitedQuery(String invitedQuery) {
		this.invitedQuery = invitedQuery;
	}

	public List<RoundRow> getRounds() {
		return this.rounds;
	}

	public void setRounds(List<RoundRow> rounds) {
		this.rounds = rounds;
	}

	/** One round row of the form. */
	public static class RoundRow {

		private String title;

		private String opensAt;

		private String closesAt;

		private List<String> questions = new ArrayList<>();

		public RoundRow() {
			fill();
		}

		void fill() {
			while (this.questions.size() < QUESTIONS) {
				this.questions.add("");
			}
		}

		boolean isBlank() {
			return (this.title == null || this.title.isBlank()) && (this.opensAt == null || this.opensAt.isBlank())
					&& (this.closesAt == null || this.closesAt.isBlank())
					&& this.questions.stream().allMatch(q -> q == null || q.isBlank());
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getOpensAt() {
			return this.opensAt;
		}

		public void setOpensAt(String opensAt) {
			this.opensAt = opensAt;
		}

		public String getClosesAt() {
			return this.closesAt;
		}

		public void setClosesAt(String closesAt) {
			this.closesAt = closesAt;
		}

		public List<String> getQuestions() {
			return this.questions;
		}

		public void setQuestions(List<String> questions) {
			this.questions = questions;
		}

	}

}
