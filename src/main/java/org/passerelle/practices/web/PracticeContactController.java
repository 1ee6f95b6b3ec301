package org.passerelle.practices.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.passerelle.kernel.mail.MailDeliveryException;
import org.passerelle.kernel.web.Flash;
import org.passerelle.practices.internal.ContactLimitException;
import org.passerelle.practices.internal.PracticeContact;
import org.passerelle.practices.internal.PracticeContact.ContactTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing to the lead organisation of a practice through the platform (signed-in users):
 * the message is relayed by mail to the organisation's editors, whose addresses the
 * sender never sees.
 */
@Controller
@RequestMapping("/practices/{id}/contact")
class PracticeContactController {

	private static final Logger log = LoggerFactory.getLogger(PracticeContactController.class);

	private final PracticeContact contact;

	PracticeContactController(PracticeContact contact) {
		this.contact = contact;
	}

	@InitBinder("form")
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String form(@PathVariable long id, Model model) {
		model.addAttribute("form", new ContactForm());
		return show(id, model);
	}

	@PostMapping
	String send(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ContactTarget target = this.contact.target(id);
		if (!target.available()) {
			return show(id, model);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(id, model);
		}
		try {
			this.contact.send(id, form.getSubject(), form.getMessage(), form.isShareAddress());
		}
		catch (ContactLimitException ex) {
			result.reject("practices.contact.limit", new Object[] { ex.perHour() }, null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return show(id, model);
		}
		catch (MailDeliveryException ex) {
			log.error("Could not relay a message about practice {}", id, ex);
			result.reject("practices.contact.failed");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return show(id, model);
		}
		Flash.success("practices.contact.sent", target.leadOrganisation().displayName()).addTo(redirect);
		return "redirect:/practices/" + id;
	}

	private String show(long id, Model model) {
		model.addAttribute("target", this.contact.target(id));
		return "practices/contact";
	}

}
