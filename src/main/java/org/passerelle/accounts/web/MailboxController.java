package org.passerelle.accounts.web;

import java.nio.charset.StandardCharsets;

import org.passerelle.kernel.mail.MailFileContent;
import org.passerelle.kernel.mail.MailFolder;
import org.passerelle.kernel.mail.MailService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The mail folder for administrators: on the embedded set-up, where the messages the
 * platform sends are written instead of being delivered. Messages are shown as text; the
 * HTML alternative is offered only inside the downloadable {@code .eml} file.
 */
@Controller
class MailboxController {

	private static final int PAGE_SIZE = 30;

	private final MailFolder folder;

	private final MailService mail;

	MailboxController(MailFolder folder, MailService mail) {
		this.folder = folder;
		this.mail = mail;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", this.folder.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("smtp", this.mail.usesSmtp());
		model.addAttribute("location", this.folder.location().toString());
		return "accounts/admin/mail";
	}

	@GetMapping("/admin/mail/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute("mail", find(id));
		return "accounts/admin/mail-show";
	}

	@GetMapping("/admin/mail/{id}/raw")
	ResponseEntity<byte[]> raw(@PathVariable String id) {
		MailFileContent mail = find(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("message/rfc822"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id).build().toString())
			.body(mail.source().getBytes(StandardCharsets.ISO_8859_1));
	}

	private MailFileContent find(String id) {
		return this.folder.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
