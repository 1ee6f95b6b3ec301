package org.passerelle.dialogues.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.ContributionRejectedException;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Attachments kept in the database (BINARY VARYING on H2, BYTEA on PostgreSQL) come back
 * byte for byte, and a refused file leaves no contribution behind, on both backends.
 */
abstract class AttachmentStorageContract {

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DialogueEditor editor;

	@Autowired
	ContributionAttachments attachments;

	@Autowired
	DialogueReader reader;

	@Autowired
	ContributionStore store;

	@Test
	void attachmentComesBackByteForByteToItsAuthor() {
		DialogueTestSupport support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions,
				this.editor);
		long organisation = support.users.organisation("Ville Stockage " + UUID.randomUUID());
		User organiser = support.users.editorOf(organisation, "Odile Organisatrice");
		User member = support.users.member("Mina Membre");
		String slug = support.openDialogue(organiser, organisation, "Stockage " + UUID.randomUUID());
		byte[] pdf = new byte[300_000];
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < pdf.length; i++) {
			pdf[i] = (byte) (i * 31);
		}
		System.arraycopy(header, 0, pdf, 0, header.length);

		long id = this.attachments.submit(slug, member.id(), null, Map.of(1, "Avec un fichier."), "fr",
				ContributionChannel.WEB, List.of(new ContributionAttachments.Upload("étude.pdf", pdf.length, pdf)));

		AttachmentInfo info = this.attachments.of(List.of(id)).get(id).get(0);
		assertThat(info.size()).isEqualTo(pdf.length);
		Attachment file = support.users.as(member, () -> this.attachments.download(slug, info.id()));
		assertThat(file.getFilename()).isEqualTo("étude.pdf");
		assertThat(file.getContent()).isEqualTo(pdf);

		assertThatExceptionOfType(ContributionRejectedException.class)
			.isThrownBy(() -> this.attachments.submit(slug, member.id(), null, Map.of(1, "Sans fichier valable."), "fr",
					ContributionChannel.WEB,
					List.of(new ContributionAttachments.Upload("x.pdf", 3, new byte[] { 1, 2, 3 }))))
			.satisfies(ex -> assertThat(ex.has("dialogues.problem.fileType")).isTrue());
		Dialogue dialogue = this.store.dialogue(slug).orElseThrow();
		assertThat(support.users.as(member, () -> this.reader.mine(dialogue))).extracting(Contribution::getId)
			.containsExactly(id);
	}

}
