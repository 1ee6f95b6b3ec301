package org.passerelle.kernel.search.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.kernel.search.GlobalSearch;
import org.passerelle.kernel.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page of the whole platform: one section per module that searches, with its
 * first hits and a link to the module's own list. An htmx request gets the results only.
 */
@Controller
class GlobalSearchController {

	/** Hits shown per section; the module's list has the rest. */
	static final int HITS_PER_SECTION = 5;

	private static final String PAGE = "kernel/search/search";

	private final GlobalSearch search;

	GlobalSearchController(GlobalSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query, Locale locale, HttpServletRequest request,
			Model model) {
		model.addAttribute("results", this.search.search(query, locale, HITS_PER_SECTION));
		return Htmx.view(request, PAGE, "results");
	}

}
