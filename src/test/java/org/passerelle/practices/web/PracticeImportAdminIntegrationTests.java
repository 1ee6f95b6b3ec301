package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.practices.PracticeLines;
import org.passerelle.practices.PracticeStatus;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrators' import page: upload, progress, summary or problems. */
@PasserelleIntegrationTest
class PracticeImportAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeImportJobs jobs;

	@Autowired
	PracticeRepository practices;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	PracticeTestSupport support;

	User admin;

	final PracticeLines lines = new PracticeLines();

	@BeforeEach
	void setUp() {
		this.support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		this.admin = this.support.administrator("Admin");
	}

	@Test
	void offersAnUploadFormWithTheStatusOfNewPractices() throws Exception {
		this.mvc.perform(get("/admin/practices/import").with(this.admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("<h1>Importer des pratiques</h1>")))
			.andExpect(content().string(containsString("value=\"draft\"")))
			.andExpect(content().string(containsString("Brouillons : cachées jusqu’à leur publication")));
	}

	@Test
	void importsAnUploadedFileInTheBackgroundThenShowsTheSummary() throws Exception {
		String page = upload(this.lines.file(2), "draft");

		String result = waitUntilFinished(page, "fr");

		assertThat(result).contains("L’import est terminé.")
			.contains("<dd class=\"col-sm-7 col-lg-9\" id=\"import-created\">2</dd>")
			.contains("id=\"import-organisations\">2</dd>")
			.doesNotContain("hx-trigger");
		Practice practice = this.practices.findByExternalId(this.lines.externalId(1)).orElseThrow();
		assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(practice.getCreatedBy()).as("imported as the administrator").isEqualTo(this.admin.id());
		this.mvc.perform(get(page).with(this.admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Import de practices.jsonl</h1>")));
	}

	@Test
	void listsEveryProblemWithItsLineAndFieldInTheAdministratorsLanguage() throws Exception {
		List<String> file = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			Map<String, Object> practice = this.lines.practice(i);
			if (i == 7) {
				practice.put("themes", List.of("xyz"));
			}
			file.add(i == 2 ? "[]" : PracticeLines.line(practice));
		}
		String page = upload(PracticeLines.file(file), "published");

		String english = waitUntilFinished(page, "en");

		assertThat(english).contains("Nothing was imported.")
			.contains("Problems to fix: 2")
			.contains("<td>2</td>")
			.contains("whole line")
			.contains("The line is not a JSON object.")
			.contains("<td>7</td>")
			.contains("<code>themes</code>")
			.contains("&quot;xyz&quot; is not a known theme code.");
		assertThat(waitUntilFinished(page, "fr")).contains("« xyz » n’est pas un code de thème connu.");
		assertThat(this.practices.findByExternalId(this.lines.externalId(1))).isEmpty();
	}

	@Test
	void showsAWaitingJobWithAProgressBarThatRefreshesItself() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.jobs.executor().execute(() -> {
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		String page;
		try {
			page = upload(this.lines.file(1), "published");

			this.mvc.perform(get(page).with(this.admin.signedIn()).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<html"))))
				.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
				.andExpect(content().string(containsString("hx-get=\"" + page + "\"")))
				.andExpect(content().string(containsString("aria-busy=\"true\"")))
				.andExpect(content().string(containsString("role=\"progressbar\"")))
				.andExpect(content().string(containsString("aria-valuenow=\"0\"")))
				.andExpect(content().string(containsString("En attente de la fin d’un autre import…")));
		}
		finally {
			release.countDown();
		}
		assertThat(waitUntilFinished(page, "fr")).contains("L’import est terminé.");
	}

	@Test
	void asksForAFileWhenNoneIsGiven() throws Exception {
		this.mvc.perform(
				multipart("/admin/practices/import").param("status", "draft").with(csrf()).with(this.admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez un fichier à importer.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void refusesOtherUsers() throws Exception {
		User moderator = this.support.moderator("Moderator");

		this.mvc.perform(get("/admin/practices/import").with(moderator.signedIn())).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/practices/import").file(file(this.lines.file(1)))
				.with(csrf())
				.with(moderator.signedIn()))
			.andExpect(status().isForbidden());
		assertThat(this.practices.findByExternalId(this.lines.externalId(1))).isEmpty();
	}

	@Test
	void answersNotFoundForAJobThisNodeDoesNotKnow() throws Exception {
		this.mvc.perform(get("/admin/practices/import/no-such-job").with(this.admin.signedIn()))
			.andExpect(status().isNotFound());
	}

	/** Uploads the file as the administrator; returns the job page's address. */
	private String upload(String content, String status) throws Exception {
		String location = this.mvc
			.perform(multipart("/admin/practices/import").file(file(content))
				.param("status", status)
				.with(csrf())
				.with(this.admin.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/practices/import/");
		return location;
	}

	/**
	 * Asks for the job's block as htmx does, until it no longer asks to be refreshed;
	 * returns the full page then.
	 */
	private String waitUntilFinished(String page, String language) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String block = this.mvc
				.perform(get(page).with(this.admin.signedIn())
					.header("HX-Request", "true")
					.header("Accept-Language", language))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (!block.contains("hx-trigger")) {
				return this.mvc.perform(get(page).with(this.admin.signedIn()).header("Accept-Language", language))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
			}
			assertThat(Instant.now()).as("import still running").isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private static MockMultipartFile file(String content) {
		return new MockMultipartFile("file", "practices.jsonl", "application/jsonl",
				content.getBytes(StandardCharsets.UTF_8));
	}

}
