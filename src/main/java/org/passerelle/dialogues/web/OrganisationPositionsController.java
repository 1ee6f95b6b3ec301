package org.passerelle.dialogues.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.actors.OrganisationDetails;
import org.passerelle.actors.OrganisationDirectory;
import org.passerelle.actors.OrganisationNotFoundException;
import org.passerelle.dialogues.internal.PositionReader;
import org.passerelle.kernel.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The common positions an organisation endorsed, as a section of its page (htmx) or as a
 * page of its own (without JavaScript). Only positions the reader may see are listed.
 */
@Controller
class OrganisationPositionsController {

	private final PositionReader reader;

	private final OrganisationDirectory organisations;

	private final DialogueLabels labels;

	OrganisationPositionsController(PositionReader reader, OrganisationDirectory organisations, DialogueLabels labels) {
		this.reader = reader;
		this.organisations = organisations;
		this.labels = labels;
	}

	@GetMapping("/positions/organisation/{id}/section")
	String section(@PathVariable long id, HttpServletRequest request, Model model, Locale locale) {
		OrganisationDetails organisation = this.organisations.find(id)
			.orElseThrow(() -> new OrganisationNotFoundException(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("items", this.reader.endorsedBy(id)
			.stream()
			.map(e -> new SectionItem(e.dialogue().getSlug(), e.dialogue().getTitle(), e.position().getSlug(),
					e.position().getTitle(), e.position().getStatus().name(),
					this.labels.dateTime(e.endorsement().getEndorsedAt(), locale), e.endorsement().getEndorsedAt()))
			.toList());
		return Htmx.view(request, "dialogues/positions/organisation-section", "section");
	}

	/**
	 * A position the organisation endorsed.
	 *
	 * @param dialogueSlug its dialogue's address
	 * @param dialogueTitle its dialogue's title
	 * @param slug its address in the dialogue
	 * @param title its title
	 * @param status its status code
	 * @param endorsedOn when the organisation endorsed it, formatted
	 * @param endorsedAt when the organisation endorsed it
	 */
	public record SectionItem(String dialogueSlug, String dialogueTitle, String slug, String title, String status,
			String endorsedOn, Instant endorsedAt) {
	}

}
