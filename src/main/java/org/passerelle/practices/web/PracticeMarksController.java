package org.passerelle.practices.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationNotFoundException;
import org.passerelle.kernel.web.Flash;
import org.passerelle.kernel.web.Htmx;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeMarks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Marks on a practice ("useful", "replicated by us"), toggled from the practice's page:
 * htmx swaps the marks' box with the new counts, a plain form returns to the page. Also
 * the section of an organisation's page listing the practices it leads or takes part in
 * and those it replicated.
 */
@Controller
class PracticeMarksController {

	private final PracticeMarks marks;

	private final OrganisationDirectory organisations;

	private final ModerationLabels labels;

	PracticeMarksController(PracticeMarks marks, OrganisationDirectory organisations, ModerationLabels labels) {
		this.marks = marks;
		this.organisations = organisations;
		this.labels = labels;
	}

	@PostMapping("/practices/{id}/marks/useful")
	String useful(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		boolean marked = this.marks.toggleUseful(id);
		return answer(id, marked ? "practices.marks.useful.added" : "practices.marks.useful.removed", request, model,
				redirect);
	}

	@PostMapping("/practices/{id}/marks/replicated")
	String replicated(@PathVariable long id, @RequestParam long organisation, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		boolean marked = this.marks.toggleReplicated(id, organisation);
		return answer(id, marked ? "practices.marks.replicated.added" : "practices.marks.replicated.removed", request,
				model, redirect);
	}

	@GetMapping("/practices/organisation/{id}/section")
	String organisationSection(@PathVariable long id, HttpServletRequest request, Model model, Locale locale) {
		var organisation = this.organisations.find(id).orElseThrow(() -> new OrganisationNotFoundException(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("led", items(this.marks.ledOrPartneredBy(id), id, locale));
		model.addAttribute("replicated", items(this.marks.replicatedBy(id), id, locale));
		return Htmx.view(request, "practices/organisation-section", "section");
	}

	private List<SectionItem> items(List<Practice> practices, long organisationId, Locale locale) {
		return practices.stream()
			.map(p -> new SectionItem(p.getId(), p.getTitle(), p.getLanguage(),
					organisationId == (p.getLeadOrganisationId() == null ? -1 : p.getLeadOrganisationId()),
					this.labels.date(p.getPublishedAt(), locale)))
			.toList();
	}

	private String answer(long id, String messageKey, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (Htmx.isPartialRequest(request)) {
			model.addAttribute("practice", new MarkedPractice(id));
			model.addAttribute("marksMessage", messageKey);
			return "practices/_marks :: marks";
		}
		Flash.success(messageKey).addTo(redirect);
		return "redirect:/practices/" + id;
	}

	/**
	 * What the marks' fragment needs of a practice after a toggle.
	 *
	 * @param id the practice's id
	 */
	public record MarkedPractice(long id) {
	}

	/**
	 * A practice in an organisation's section.
	 *
	 * @param id the practice
	 * @param title its title
	 * @param language its language, for the {@code lang} attribute
	 * @param lead whether the organisation leads it (rather than takes part)
	 * @param publishedOn when it was published
	 */
	public record SectionItem(long id, String title, String language, boolean lead, String publishedOn) {
	}

}
