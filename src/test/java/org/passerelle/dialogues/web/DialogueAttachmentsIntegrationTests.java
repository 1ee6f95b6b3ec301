package org.passerelle.dialogues.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.internal.ContributionAttachments;
import org.passerelle.dialogues.internal.ContributionModeration;
import org.passerelle.dialogues.internal.ContributionStore;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.dialogues.internal.DialogueReader;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files attached to contributions through the web form, and who may download them. */
@PasserelleIntegrationTest
class DialogueAttachmentsIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n% a small test file\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DialogueEditor editor;

	@Autowired
	DialogueReader reader;

	@Autowired
	ContributionModeration moderation;

	@Autowired
	ContributionStore store;

	@Autowired
	ContributionAttachments attachments;

	DialogueTestSupport support;

	long organisation;

	User organiser;

	User member;

	String slug;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.organisation = this.support.users.organisation("Ville Fichiers " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organisation, "Odile Organisatrice");
		this.member = this.support.users.member("Mina Membre");
		this.slug = this.support.openDialogue(this.organiser, this.organisation, "Fichiers " + UUID.randomUUID());
	}

	@Test
	void attachedFilesAreDownloadedByEveryoneOnlyOnceTheContributionIsPublished() throws Exception {
		this.mvc
			.perform(contribute(this.member, "Notre rapport est joint.",
					new MockMultipartFile("files", "rapport annuel.pdf", "application/pdf", PDF),
					new MockMultipartFile("files", "carte", "application/octet-stream", PNG)))
			.andExpect(redirectedUrl("/dialogues/" + this.slug));
		long id = mine(this.member);
		var files = this.attachments.of(java.util.List.of(id)).get(id);
		assertThat(files).extracting(f -> f.filename()).containsExactly("rapport annuel.pdf", "carte.png");
		assertThat(files).extracting(f -> f.contentType()).containsExactly("application/pdf", "image/png");
		String pdf = "/dialogues/" + this.slug + "/attachments/" + files.get(0).id();

		// pending: its author and the moderators only
		this.mvc.perform(get(pdf)).andExpect(status().isNotFound());
		this.mvc.perform(get(pdf).with(this.support.users.member("Autre").signedIn())).andExpect(status().isNotFound());
		this.mvc.perform(get(pdf).with(this.member.signedIn())).andExpect(status().isOk());
		this.mvc.perform(get("/dialogues/" + this.slug + "/moderation").with(this.organiser.signedIn()))
			.andExpect(content().string(containsString(pdf)));
		this.mvc.perform(get("/dialogues/" + this.slug)).andExpect(content().string(not(containsString(pdf))));

		long version = this.store.find(id).orElseThrow().getVersion();
		this.support.users.run(this.organiser, () -> this.moderation.approve(id, version));

		this.mvc.perform(get(pdf))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("rapport")))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/dialogues/" + this.slug))
			.andExpect(content().string(containsString(pdf)))
			.andExpect(content().string(containsString("rapport annuel.pdf")));
		// not through another dialogue's address
		String other = this.support.openDialogue(this.organiser, this.organisation, "Autre " + UUID.randomUUID());
		this.mvc.perform(get("/dialogues/" + other + "/attachments/" + files.get(0).id()))
			.andExpect(status().isNotFound());
	}

	@Test
	void fileThatIsNotOfAnAcceptedTypeIsRefusedWhateverItsNameAndTheAnswersStay() throws Exception {
		this.mvc
			.perform(contribute(this.member, "Une réponse à garder.",
					new MockMultipartFile("files", "faux.pdf", "application/pdf",
							"MZ this is a program".getBytes(StandardCharsets.US_ASCII))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Le fichier « faux.pdf » n’est ni un PDF")))
			.andExpect(content().string(containsString("Une réponse à garder.")))
			.andExpect(content().string(containsString("choisissez-les de nouveau")));
		assertThat(this.support.users.as(this.member, () -> this.reader.mine(dialogue()))).isEmpty();
	}

	@Test
	void fileLargerThanFiveMegabytesIsRefused() throws Exception {
		byte[] large = Arrays.copyOf(PDF, (int) ContributionAttachments.MAX_BYTES + 1);

		this.mvc
			.perform(contribute(this.member, "Avec un gros fichier.",
					new MockMultipartFile("files", "gros.pdf", "application/pdf", large)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Le fichier « gros.pdf » dépasse 5 Mo.")));
		assertThat(this.support.users.as(this.member, () -> this.reader.mine(dialogue()))).isEmpty();
	}

	@Test
	void moreThanThreeFilesAreRefused() throws Exception {
		MockMultipartFile[] four = new MockMultipartFile[4];
		for (int i = 0; i < 4; i++) {
			four[i] = new MockMultipartFile("files", "f" + i + ".pdf", "application/pdf", PDF);
		}

		this.mvc.perform(contribute(this.member, "Quatre fichiers.", four))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Joignez au plus 3 fichiers.")));
	}

	@Test
	void wordAndOpenDocumentFilesAreAccepted() throws Exception {
		this.mvc
			.perform(contribute(this.member, "Deux documents.",
					new MockMultipartFile("files", "note.docx", "application/octet-stream", docx()),
					new MockMultipartFile("files", "note.odt", "application/octet-stream", odt())))
			.andExpect(redirectedUrl("/dialogues/" + this.slug));
		long id = mine(this.member);
		assertThat(this.attachments.of(java.util.List.of(id)).get(id)).extracting(f -> f.contentType())
			.containsExactly("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.oasis.opendocument.text");
	}

	private MockMultipartHttpServletRequestBuilder contribute(User user, String answer, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/dialogues/" + this.slug + "/contribute");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.param("answers[1]", answer).param("language", "fr").with(user.signedIn()).with(csrf());
		return request;
	}

	private Dialogue dialogue() {
		return this.store.dialogue(this.slug).orElseThrow();
	}

	private long mine(User user) {
		return this.support.users.as(user, () -> this.reader.mine(dialogue())).get(0).getId();
	}

	static byte[] docx() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	static byte[] odt() throws Exception {
		byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			ZipEntry mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(type.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(type);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(type);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
