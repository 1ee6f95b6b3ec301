package org.passerelle.practices.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationSummary;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;
import org.passerelle.kernel.web.PickerSuggestion;
import org.passerelle.practices.internal.PracticePermissions;
import org.passerelle.practices.web.PracticeForm.PartnerForm;
import org.passerelle.practices.web.PracticeLabels.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the practice form needs besides the form itself: the choices of its fields, the
 * names of the organisations and territories picked, the pickers' suggestions, and the
 * steps that change the form without saving it (add a partner row, pick an organisation,
 * add or remove a territory). Each step is a submit button named {@value #STEP}, so that
 * the form works without JavaScript; htmx sends the same buttons and swaps only the part
 * of the form that changed.
 */
@Component
class PracticeFormSupport {

	/** The name of the buttons that change the form without saving it. */
	static final String STEP = "op";

	/** The suggestions slot of the lead organisation's picker. */
	static final String LEAD = "lead";

	/** Most suggestions a picker shows. */
	static final int SUGGESTIONS = 8;

	private final PracticeLabels labels;

	private final OrganisationDirectory organisations;

	private final Territories territories;

	PracticeFormSupport(PracticeLabels labels, OrganisationDirectory organisations, Territories territories) {
		this.labels = labels;
		this.organisations = organisations;
		this.territories = territories;
	}

	/**
	 * Applies a step to the form.
	 * @param step the value of the button pressed, e.g. {@code partner-remove:2}
	 * @param suggestions where the suggestions a step asks for go, by picker
	 */
	void apply(String step, PracticeForm form, Map<String, List<PickerSuggestion>> suggestions, Locale locale) {
		String[] parts = step.split(":", 3);
		switch (parts[0]) {
			case "partner-add" -> form.addPartnerRow();
			case "partner-remove" -> form.removePartnerRow(number(parts, 1));
			case "partner-pick" -> {
				PartnerForm row = form.partnerRow(number(parts, 1));
				Long id = parts.length > 2 ? longNumber(parts[2]) : null;
				if (row != null && id != null && this.organisations.exists(id)) {
					row.setOrganisationId(id);
					row.setQuery(null);
				}
			}
			case "partner-find" -> {
				Integer index = number(parts, 1);
				PartnerForm row = form.partnerRow(index);
				if (row != null) {
					suggestions.put(partnerSlot(index), organisations(row.getQuery(), locale));
				}
			}
			case "lead-pick" -> {
				Long id = parts.length > 1 ? longNumber(parts[1]) : null;
				if (id != null && this.organisations.exists(id)) {
					form.setLeadOrganisationId(id);
					form.setLeadQuery(null);
				}
			}
			case "lead-clear" -> form.setLeadOrganisationId(null);
			case "lead-find" -> suggestions.put(LEAD, organisations(form.getLeadQuery(), locale));
			case "territory-add" -> {
				if (parts.length > 2 && isPicker(parts[1]) && this.territories.find(parts[2]).isPresent()) {
					addTerritory(form, parts[1], parts[2]);
				}
			}
			case "territory-remove" -> {
				if (parts.length > 2 && isPicker(parts[1])) {
					form.territoryList(parts[1]).remove(parts[2]);
				}
			}
			case "territory-find" -> {
				if (parts.length > 1 && isPicker(parts[1])) {
					String query = form.territoryQuery(parts[1]);
					String exact = query == null ? null : query.strip();
					if (exact != null && this.territories.find(exact).isPresent()) {
						addTerritory(form, parts[1], exact);
					}
					else {
						suggestions.put(parts[1], territories(query, locale));
					}
				}
			}
			default -> {
				// an unknown step changes nothing: the form is shown again as it was
			}
		}
	}

	private static void addTerritory(PracticeForm form, String picker, String id) {
		List<String> list = form.territoryList(picker);
		if (!list.contains(id)) {
			list.add(id);
		}
		form.clearTerritoryQuery(picker);
	}

	/** Organisations whose name or acronym starts with the text. */
	List<PickerSuggestion> organisations(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.organisations.suggest(text, SUGGESTIONS)
			.stream()
			.map(o -> new PickerSuggestion(String.valueOf(o.id()), o.displayName(),
					o.country() == null ? null : this.labels.country(o.country(), locale)))
			.toList();
	}

	/** Territories whose name or code matches the text. */
	List<PickerSuggestion> territories(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return this.territories.suggest(text, locale, SUGGESTIONS)
			.stream()
			.map(t -> new PickerSuggestion(t.id(), t.name(locale), detail(t, locale)))
			.toList();
	}

	private String detail(TerritoryView territory, Locale locale) {
		if (territory.level() == 0 || territory.countryCode() == null) {
			return territory.id();
		}
		return this.labels.country(territory.countryCode(), locale) + " · " + territory.id();
	}

	/** Fills the model the form template reads. */
	void model(Model model, PracticeForm form, Long practiceId, CurrentUser user,
			Map<String, List<PickerSuggestion>> suggestions, Locale locale) {
		form.addTranslationSlots();
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("formAction", practiceId == null ? "/practices" : "/practices/" + practiceId);
		model.addAttribute("languageOptions", this.labels.languages(locale));
		model.addAttribute("countryOptions", this.labels.countries(locale));
		model.addAttribute("levelOptions", this.labels.terms(Taxonomies.LEVEL, locale));
		model.addAttribute("themeOptions", this.labels.terms(Taxonomies.THEME, locale));
		model.addAttribute("targetGroupOptions", this.labels.terms(Taxonomies.TARGET_GROUP, locale));
		model.addAttribute("gcmOptions", this.labels.terms(Taxonomies.GCM_OBJECTIVE, locale));
		model.addAttribute("sdgGoals", this.labels.sdgGoals(locale));

		Set<Long> ids = new LinkedHashSet<>(form.organisationIds());
		ids.addAll(user.editorOf());
		Map<Long, String> names = new LinkedHashMap<>();
		List<OrganisationSummary> found = this.organisations.findAll(ids);
		found.forEach(o -> names.put(o.id(), o.displayName()));
		model.addAttribute("organisationNames", names);
		model.addAttribute("myOrganisations",
				found.stream()
					.filter(o -> user.editorOf().contains(o.id()))
					.map(o -> new Option(String.valueOf(o.id()), o.displayName()))
					.toList());
		model.addAttribute("mayLead", PracticePermissions.isModerator(user) || !user.editorOf().isEmpty());

		Map<String, String> territoryNames = new LinkedHashMap<>();
		form.getTerritories().forEach(id -> territoryNames.put(id, this.labels.territory(id, locale)));
		form.getOriginTerritories().forEach(id -> territoryNames.put(id, this.labels.territory(id, locale)));
		model.addAttribute("territoryNames", territoryNames);

		Map<String, String> languageNames = new LinkedHashMap<>();
		form.translationLanguages().forEach(lang -> languageNames.put(lang, this.labels.languageInText(lang, locale)));
		model.addAttribute("translationNames", languageNames);
		model.addAttribute("suggestions", suggestions);
	}

	/** The suggestions slot of a partner row's picker. */
	static String partnerSlot(int row) {
		return "partner-" + row;
	}

	static boolean isPicker(String picker) {
		return "territories".equals(picker) || "originTerritories".equals(picker);
	}

	private static Integer number(String[] parts, int index) {
		if (parts.length <= index) {
			return null;
		}
		try {
			return Integer.valueOf(parts[index]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Long longNumber(String text) {
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
