package org.passerelle.actors.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.passerelle.accounts.Accounts;
import org.passerelle.actors.OrganisationDetails;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationQuery;
import org.passerelle.actors.OrganisationResults;
import org.passerelle.actors.internal.OrganisationChangedException;
import org.passerelle.actors.internal.OrganisationEditor;
import org.passerelle.kernel.web.Flash;
import org.passerelle.kernel.web.Htmx;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory's pages: search with filters (the same address answers an htmx request
 * with the results alone), an organisation's page, and the forms to add and change one.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private static final String LIST = "actors/organisations/list";

	private final OrganisationDirectory directory;

	private final OrganisationEditor editor;

	private final OrganisationLabels labels;

	private final Accounts accounts;

	OrganisationController(OrganisationDirectory directory, OrganisationEditor editor, OrganisationLabels labels,
			Accounts accounts) {
		this.directory = directory;
		this.editor = editor;
		this.labels = labels;
		this.accounts = accounts;
	}

	@InitBinder("form")
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "type", required = false) List<String> types,
			@RequestParam(name = "level", required = false) List<String> levels,
			@RequestParam(name = "country", required = false) List<String> countries,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model, Locale locale) {
		OrganisationQuery query = new OrganisationQuery(text, types, levels, countries, page,
				OrganisationQuery.DEFAULT_SIZE);
		OrganisationResults results = this.directory.search(query);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("rows", results.items().stream().map(o -> this.labels.row(o, locale)).toList());
		if (Htmx.isPartialRequest(request)) {
			return Htmx.view(request, LIST, "results");
		}
		List<String> countryCodes = new ArrayList<>(results.facets().get(OrganisationResults.COUNTRY).keySet());
		countryCodes.addAll(query.countries());
		model.addAttribute("typeOptions", this.labels.types(locale));
		model.addAttribute("levelOptions", this.labels.levels(locale));
		model.addAttribute("countryOptions", this.labels.countries(countryCodes, locale));
		return LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		OrganisationDetails organisation = this.directory.get(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("typeLabel", this.labels.type(organisation.type(), locale));
		model.addAttribute("levelLabel", this.labels.level(organisation.level(), locale));
		model.addAttribute("countryName", this.labels.country(organisation.country(), locale));
		model.addAttribute("territoryName", this.labels.territory(organisation.territoryId(), locale));
		model.addAttribute("languageName", this.labels.language(organisation.descriptionLanguage(), locale));
		model.addAttribute("updatedOn",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(organisation.updatedAt().atZone(ZoneId.systemDefault())));
		model.addAttribute("members", this.accounts.membersOf(id));
		model.addAttribute("canEdit", this.editor.canEdit(id));
		return "actors/organisations/show";
	}

	@GetMapping("/new")
	String createForm(Model model, Locale locale) {
		model.addAttribute("form", OrganisationForm.empty(locale));
		return showForm(model, locale, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, locale, null);
		}
		long id = this.editor.create(form.toData());
		Flash.success("actors.organisation.created").addTo(redirect);
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model, Locale locale) {
		this.editor.checkCanEdit(id);
		model.addAttribute("form", OrganisationForm.of(this.directory.get(id)));
		return showForm(model, locale, id);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		this.editor.checkCanEdit(id);
		if (result.hasErrors()) {
			return showForm(model, locale, id);
		}
		try {
			this.editor.update(id, form.toData(), form.getVersion());
		}
		catch (OrganisationChangedException ex) {
			// a second save keeps this editor's version, knowingly
			result.reject("actors.organisation.changed");
			form.setVersion(ex.currentVersion());
			return showForm(model, locale, id);
		}
		Flash.success("actors.organisation.saved").addTo(redirect);
		return "redirect:/organisations/" + id;
	}

	private String showForm(Model model, Locale locale, Long id) {
		model.addAttribute("organisationId", id);
		model.addAttribute("typeChoices", OrganisationLabels.choices(this.labels.types(locale)));
		model.addAttribute("levelChoices", OrganisationLabels.choices(this.labels.levels(locale)));
		model.addAttribute("countryOptions", this.labels.countries(locale));
		model.addAttribute("languageOptions", this.labels.languages(locale));
		return "actors/organisations/form";
	}

}
