package org.passerelle.kernel.thesaurus.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.passerelle.kernel.reference.ResultPage;
import org.passerelle.kernel.search.Analyzers;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.thesaurus.ConceptLink;
import org.passerelle.kernel.thesaurus.ConceptRejectedException;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' thesaurus editor: list and search, edit, create. */
@Controller
@RequestMapping("/admin/thesaurus")
class ThesaurusAdminController {

	/** The taxonomies a concept may stand for, in the order the form lists them. */
	static final List<String> LINKABLE = List.of(Taxonomies.THEME, Taxonomies.TARGET_GROUP, Taxonomies.GCM_OBJECTIVE,
			Taxonomies.SDG_GOAL, Taxonomies.SDG_TARGET, Taxonomies.ORGANISATION_TYPE, Taxonomies.LEVEL);

	private static final int PAGE_SIZE = 25;

	private final Thesaurus thesaurus;

	private final Taxonomies taxonomies;

	ThesaurusAdminController(Thesaurus thesaurus, Taxonomies taxonomies) {
		this.thesaurus = thesaurus;
		this.taxonomies = taxonomies;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		ResultPage<ConceptView> result = this.thesaurus.search(q, locale, page, PAGE_SIZE);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", result);
		return htmx != null ? "kernel/thesaurus/list :: results" : "kernel/thesaurus/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", ConceptForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ConceptForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, null);
		}
		try {
			String id = this.thesaurus.create(form.toChange(List.of()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/thesaurus/" + id;
		}
		catch (ConceptRejectedException ex) {
			reject(binding, ex);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String id, Model model) {
		ConceptView concept = concept(id);
		model.addAttribute("form", ConceptForm.of(concept));
		return form(model, concept);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @Valid @ModelAttribute("form") ConceptForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ConceptView concept = concept(id);
		if (binding.hasErrors()) {
			return form(model, concept);
		}
		try {
			this.thesaurus.update(id, form.toChange(concept.related()), form.getVersion());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/thesaurus/" + id;
		}
		catch (ConceptRejectedException ex) {
			reject(binding, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			binding.reject("kernel.thesaurus.error.conflict");
		}
		return form(model, concept);
	}

	private ConceptView concept(String id) {
		return this.thesaurus.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(Model model, ConceptView concept) {
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		model.addAttribute("concept", concept);
		model.addAttribute("languages", Analyzers.LANGUAGES);
		List<Option> broader = new ArrayList<>();
		List<ConceptView> all = this.thesaurus.concepts()
			.stream()
			.sorted(Comparator.comparing((ConceptView c) -> c.prefLabel(locale), collator))
			.toList();
		for (ConceptView c : all) {
			if (concept == null || !c.id().equals(concept.id())) {
				broader.add(new Option(c.id(), c.prefLabel(locale) + " (" + c.id() + ")"));
			}
		}
		model.addAttribute("broaderOptions", broader);
		Map<String, List<Option>> links = new LinkedHashMap<>();
		for (String taxonomy : LINKABLE) {
			links.put(taxonomy,
					this.taxonomies.terms(taxonomy)
						.stream()
						.map(t -> new Option(new ConceptLink(taxonomy, t.code()).toString(),
								shorten(t.code(), t.label(locale))))
						.toList());
		}
		model.addAttribute("linkOptions", links);
		model.addAttribute("narrower", concept == null ? List.of() : this.thesaurus.narrower(concept.id()));
		return "kernel/thesaurus/form";
	}

	private static String shorten(String code, String label) {
		String text = label.length() > 90 ? label.substring(0, 89) + "…" : label;
		return code.equals(label) ? code : code + " – " + text;
	}

	private static void reject(BindingResult binding, ConceptRejectedException ex) {
		for (ConceptRejectedException.Problem problem : ex.problems()) {
			Object[] arguments = { problem.argument() };
			if (problem.field().equals("related")) {
				binding.reject(problem.messageKey(), arguments, problem.messageKey());
			}
			else {
				binding.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
			}
		}
	}

	/**
	 * A choice of a select list.
	 *
	 * @param value what is sent
	 * @param label what is shown
	 */
	record Option(String value, String label) {
	}

}
