package org.passerelle.practices.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.passerelle.accounts.Accounts;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.kernel.NotFoundException;
import org.passerelle.kernel.web.Htmx;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.internal.PracticeMessages;
import org.passerelle.practices.web.PracticeImportJobs.Job;
import org.passerelle.practices.web.PracticeImportJobs.State;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' import page: upload a JSON Lines file and choose the status of new
 * practices; the import then runs in the background ({@link PracticeImportJobs}) and its
 * page shows the progress, refreshed every second by htmx, then the summary or every
 * problem with its line and field, in the administrator's language.
 * <p>
 * Jobs are kept in the memory of the node that runs them, for an hour after they end: on
 * several nodes, the load balancer must keep an administrator on the same node (sticky
 * sessions) for the job page to be found; a restart forgets them.
 */
@Controller
@RequestMapping("/admin/practices/import")
class PracticeImportAdminController {

	private final PracticeImportJobs jobs;

	private final PracticeMessages messages;

	private final Accounts accounts;

	PracticeImportAdminController(PracticeImportJobs jobs, PracticeMessages messages, Accounts accounts) {
		this.jobs = jobs;
		this.messages = messages;
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("status", "published");
		return "practices/admin/import";
	}

	@PostMapping
	String start(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "published") String status, Model model) throws IOException {
		PracticeStatus chosen = "draft".equals(status) ? PracticeStatus.DRAFT : PracticeStatus.PUBLISHED;
		if (file == null || file.isEmpty()) {
			model.addAttribute("status", chosen == PracticeStatus.DRAFT ? "draft" : "published");
			model.addAttribute("fileMissing", true);
			return "practices/admin/import";
		}
		CurrentUser user = this.accounts.current()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to import practices"));
		Path upload = Files.createTempFile("passerelle-import-", ".jsonl");
		file.transferTo(upload);
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "practices.jsonl"
				: Path.of(file.getOriginalFilename()).getFileName().toString();
		Job job = this.jobs.start(name, upload, chosen, user);
		return "redirect:/admin/practices/import/" + job.id();
	}

	@GetMapping("/{jobId}")
	String job(@PathVariable String jobId, Model model, Locale locale, HttpServletRequest request) {
		Job job = this.jobs.find(jobId).orElseThrow(() -> new NotFoundException("import", jobId));
		model.addAttribute("job", job);
		if (job.state() == State.FAILED) {
			model.addAttribute("problems",
					job.result()
						.problems()
						.stream()
						.map(p -> new ProblemRow(p.line(), p.field(), this.messages.explain(p.problem(), locale)))
						.toList());
		}
		else {
			model.addAttribute("problems", List.of());
		}
		return Htmx.view(request, "practices/admin/import-job", "progress");
	}

	/**
	 * One problem of a failed import, explained.
	 *
	 * @param line the line, 0 for the whole file
	 * @param field the field, or {@code null} for the whole line
	 * @param message the explanation in the administrator's language
	 */
	record ProblemRow(int line, String field, String message) {
	}

}
