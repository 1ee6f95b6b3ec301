package org.passerelle.kernel.mail.inbound.web;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.kernel.mail.inbound.InboundMailbox;
import org.passerelle.kernel.mail.inbound.InboundMailbox.Confirmation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The link an unknown sender follows to confirm their address: it delivers the message
 * they sent and says so.
 */
@Controller
class InboundMailConfirmController {

	private final InboundMailbox mailbox;

	InboundMailConfirmController(InboundMailbox mailbox) {
		this.mailbox = mailbox;
	}

	// following the mailed link only asks; link scanners of mail servers fetch it too
	@GetMapping("/mail/confirm/{token}")
	String ask(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.mailbox.awaitsConfirmation(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("outcome", Confirmation.INVALID.name());
			return "kernel/inbound/confirm";
		}
		model.addAttribute("token", token);
		return "kernel/inbound/confirm";
	}

	@PostMapping("/mail/confirm/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		Confirmation outcome = this.mailbox.confirm(token);
		if (outcome == Confirmation.INVALID) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("outcome", outcome.name());
		return "kernel/inbound/confirm";
	}

}
