package org.passerelle.practices.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestions of the practice form's pickers, as HTML fragments that htmx shows under
 * the search box while the author types. Each suggestion is a button of the form (a
 * {@value PracticeFormSupport#STEP} step, shown by the shared {@code fragments/pickers}),
 * so picking it works the same with or without JavaScript. The search box sends its text
 * under its own name ({@code leadQuery}, {@code partners[2].query},
 * {@code territoriesQuery}…), which the slot names. Organisations and territories are
 * public, so are their suggestions.
 */
@Controller
@RequestMapping("/practices/pickers")
class PracticePickerController {

	private static final Pattern PARTNER_SLOT = Pattern.compile("partner-(\\d{1,3})");

	private static final String FRAGMENT = "fragments/pickers :: suggestions";

	private final PracticeFormSupport support;

	PracticePickerController(PracticeFormSupport support) {
		this.support = support;
	}

	@GetMapping("/organisations")
	String organisations(@RequestParam String slot, @RequestParam(required = false) Long practice,
			@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
		String query;
		String step;
		String region;
		var partner = PARTNER_SLOT.matcher(slot);
		if (slot.equals(PracticeFormSupport.LEAD)) {
			query = parameters.getFirst("leadQuery");
			step = "lead-pick:";
			region = "lead-picker";
		}
		else if (partner.matches()) {
			query = parameters.getFirst("partners[" + partner.group(1) + "].query");
			step = "partner-pick:" + partner.group(1) + ":";
			region = "partners";
		}
		else {
			return "fragments/pickers :: nothing";
		}
		return suggestions(model, this.support.organisations(query, locale), query, step, region, practice);
	}

	@GetMapping("/territories")
	String territories(@RequestParam String slot, @RequestParam(required = false) Long practice,
			@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
		if (!PracticeFormSupport.isPicker(slot)) {
			return "fragments/pickers :: nothing";
		}
		String query = parameters.getFirst(slot + "Query");
		return suggestions(model, this.support.territories(query, locale), query, "territory-add:" + slot + ":",
				slot + "-picker", practice);
	}

	private static String suggestions(Model model, Object items, String query, String step, String region,
			Long practice) {
		model.addAttribute("items", items);
		model.addAttribute("searched", query != null && !query.isBlank());
		model.addAttribute("step", step);
		model.addAttribute("region", region);
		model.addAttribute("formAction", practice == null ? "/practices" : "/practices/" + practice);
		return FRAGMENT;
	}

}
