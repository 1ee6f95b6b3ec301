package org.passerelle.kernel.mail.inbound.web;

import java.util.Arrays;

import org.passerelle.kernel.NotFoundException;
import org.passerelle.kernel.mail.inbound.InboundMailDetails;
import org.passerelle.kernel.mail.inbound.InboundMailStatus;
import org.passerelle.kernel.mail.inbound.InboundMailSummary;
import org.passerelle.kernel.mail.inbound.InboundMailbox;
import org.passerelle.kernel.web.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' view of inbound mail: every message with its status and reason, its
 * text (always escaped: it is whatever a stranger wrote), the raw {@code .eml}, and the
 * two decisions: deliver a held message anyway, or reject a message.
 */
@Controller
@RequestMapping("/admin/inbound-mail")
class InboundMailAdminController {

	private static final int PAGE_SIZE = 30;

	private static final int REASON_MAX = 500;

	private final InboundMailbox mailbox;

	InboundMailAdminController(InboundMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		InboundMailStatus filter = Arrays.stream(InboundMailStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("mails", this.mailbox.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("status", filter == null ? "" : filter.name());
		model.addAttribute("statuses", InboundMailStatus.values());
		return "kernel/inbound/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", details(id));
		return "kernel/inbound/show";
	}

	@GetMapping("/{id}/raw")
	ResponseEntity<byte[]> raw(@PathVariable long id) {
		byte[] raw = this.mailbox.raw(id).orElseThrow(() -> new NotFoundException("raw inbound mail", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("message/rfc822"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inbound-" + id + ".eml").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(raw);
	}

	@PostMapping("/{id}/deliver")
	String deliver(@PathVariable long id, RedirectAttributes redirect) {
		InboundMailSummary result = this.mailbox.deliverAnyway(id);
		(result.status() == InboundMailStatus.DELIVERED ? Flash.success("kernel.inbound.admin.delivered")
				: Flash.warning("kernel.inbound.admin.refused", result.reason()))
			.addTo(redirect);
		return "redirect:/admin/inbound-mail/" + id;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String cut = reason == null || reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX);
		this.mailbox.reject(id, cut);
		Flash.success("kernel.inbound.admin.rejected").addTo(redirect);
		return "redirect:/admin/inbound-mail/" + id;
	}

	private InboundMailDetails details(long id) {
		return this.mailbox.find(id).orElseThrow(() -> new NotFoundException("inbound mail", id));
	}

}
