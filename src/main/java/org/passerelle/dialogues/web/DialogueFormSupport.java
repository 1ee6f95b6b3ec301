package org.passerelle.dialogues.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.ModerationPolicy;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialoguePermissions;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.web.PickerSuggestion;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the dialogue form needs besides the form itself: the choices of its fields, the
 * names of the organisations chosen, and the organisation pickers (other organisers,
 * invited organisations). A picker's buttons are steps of the form, submit buttons named
 * {@value #STEP} that change the form without saving it (find, pick, remove), so that it
 * works without JavaScript; htmx sends the same buttons and swaps only the picker's
 * region.
 */
@Component
class DialogueFormSupport {

	/** The name of the buttons that change the form without saving it. */
	static final String STEP = "op";

	/** The region, and suggestions slot, of the organisers' picker. */
	static final String ORGANISERS = "organisers";

	/** The region, and suggestions slot, of the invited organisations' picker. */
	static final String INVITED = "invited";

	/** Most suggestions a picker shows. */
	static final int SUGGESTIONS = 8;

	private final OrganisationDirectory organisations;

	private final Territories territories;

	private final DialogueLabels labels;

	DialogueFormSupport(OrganisationDirectory organisations, Territories territories, DialogueLabels labels) {
		this.organisations = organisations;
		this.territories = territories;
		this.labels = labels;
	}

	/**
	 * Applies a step to the form, e.g. {@code invited-pick:42}.
	 * @param current the dialogue's organisers, which the form shows as checkboxes
	 * @param suggestions where the suggestions a step asks for go, by picker
	 * @return the region the step changed, or {@code null} for a step it does not know
	 */
	String apply(String step, DialogueForm form, CurrentUser user, Set<Long> current,
			Map<String, List<PickerSuggestion>> suggestions, Locale locale) {
		String[] parts = step.split(":", 2);
		Long id = parts.length > 1 ? number(parts[1]) : null;
		switch (parts[0]) {
			case "organiser-find" -> suggestions.put(ORGANISERS, suggest(form.getOtherOrganiserQuery(), locale));
			case "organiser-pick" -> {
				if (id != null && this.organisations.exists(id)) {
					// one of the user's own organisations is ticked rather than listed
					boolean own = choices(user, current, form).contains(id);
					if (!own && !form.organisers().contains(id)) {
						add(form.otherOrganisers(), id);
					}
					else {
						add(form.organisers(), id);
					}
					form.setOtherOrganiserQuery(null);
				}
			}
			case "organiser-remove" -> form.otherOrganisers().remove(id);
			case "invited-find" -> suggestions.put(INVITED, suggest(form.getInvitedQuery(), locale));
			case "invited-pick" -> {
				if (id != null && this.organisations.exists(id)) {
					add(form.invited(), id);
					form.setInvitedQuery(null);
				}
			}
			case "invited-remove" -> form.invited().remove(id);
			default -> {
				return null;
			}
		}
		return parts[0].startsWith("invited-") ? INVITED : ORGANISERS;
	}

	/** Organisations whose name or acronym starts with the text. */
	List<PickerSuggestion> suggest(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.organisations.suggest(text.strip(), SUGGESTIONS)
			.stream()
			.map(o -> new PickerSuggestion(String.valueOf(o.id()), o.displayName(),
					o.country() == null ? null : this.territories.name("iso:" + o.country(), locale)))
			.toList();
	}

	/**
	 * Fills the model the form template reads.
	 * @param dialogue the dialogue edited, or {@code null} for a new one
	 * @param current the dialogue's organisers (none for a new one)
	 * @return the form's view
	 */
	String model(DialogueForm form, Dialogue dialogue, CurrentUser user, Set<Long> current,
			Map<String, List<PickerSuggestion>> suggestions, Model model, Locale locale) {
		Set<Long> choices = choices(user, current, form);
		Set<Long> named = new LinkedHashSet<>(choices);
		named.addAll(form.otherOrganisers());
		named.addAll(form.invited());
		Map<Long, OrganisationSummary> found = this.labels.organisations(named);
		Map<Long, String> names = new LinkedHashMap<>();
		found.forEach((id, organisation) -> names.put(id, organisation.displayName()));

		model.addAttribute("form", form);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("formAction",
				dialogue == null ? "/dialogues" : "/dialogues/" + dialogue.getSlug() + "/edit");
		model.addAttribute("pickerDialogue", dialogue == null ? null : dialogue.getSlug());
		model.addAttribute("organiserChoices",
				choices.stream()
					.map(found::get)
					.filter(Objects::nonNull)
					.sorted(Comparator.comparing(OrganisationSummary::name))
					.toList());
		model.addAttribute("organisationNames", names);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("moderator", DialoguePermissions.isModerator(user));
		Map<String, String> languages = new LinkedHashMap<>();
		Dialogue.LANGUAGES.forEach(l -> languages.put(l, this.labels.language(l, locale)));
		model.addAttribute("languageChoices", languages);
		model.addAttribute("visibilityChoices", DialogueVisibility.values());
		model.addAttribute("policyChoices", ModerationPolicy.values());
		model.addAttribute("zone", this.labels.zone());
		return "dialogues/form";
	}

	/**
	 * The organisations shown as checkboxes: the user's, and those already organising.
	 */
	private static Set<Long> choices(CurrentUser user, Set<Long> current, DialogueForm form) {
		Set<Long> choices = new LinkedHashSet<>(user.editorOf());
		choices.addAll(current);
		form.organisers().stream().filter(Objects::nonNull).forEach(choices::add);
		return choices;
	}

	private static void add(List<Long> ids, long id) {
		if (!ids.contains(id)) {
			ids.add(id);
		}
	}

	private static Long number(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
