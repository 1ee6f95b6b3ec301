package org.passerelle.dialogues.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTypesTests {

	@Test
	void recognisesAcceptedTypesByTheirFirstBytes() {
		assertThat(AttachmentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
			.contains(AttachmentTypes.PDF);
		assertThat(AttachmentTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(AttachmentTypes.JPEG);
		assertThat(AttachmentTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }))
			.contains(AttachmentTypes.PNG);
	}

	@Test
	void refusesOtherContentWhateverItClaims() throws Exception {
		assertThat(AttachmentTypes.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(AttachmentTypes.detect(new byte[0])).isEmpty();
		assertThat(AttachmentTypes.detect("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		// a zip that is not an office document
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("program.exe"));
			zip.write(new byte[] { 'M', 'Z' });
		}
		assertThat(AttachmentTypes.detect(bytes.toByteArray())).isEmpty();
		// a truncated zip
		assertThat(AttachmentTypes.detect(new byte[] { 'P', 'K', 3, 4, 0 })).isEmpty();
	}

	@Test
	void checkRefusesTooManyTooLargeAndEmptyFilesAndKeepsAcceptedOnesNamedByTheirType() {
		byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
		List<ContributionAttachments.Checked> accepted = new ArrayList<>();

		var problems = ContributionAttachments.check(
				List.of(new ContributionAttachments.Upload("../../etc/rapport", pdf.length, pdf),
						new ContributionAttachments.Upload("vide.pdf", 0, new byte[0]),
						new ContributionAttachments.Upload("gros.pdf", ContributionAttachments.MAX_BYTES + 1, null)),
				accepted);

		assertThat(problems).extracting(p -> p.field() + " " + p.messageKey())
			.containsExactly("files[1] dialogues.problem.fileEmpty", "files[2] dialogues.problem.fileTooLarge");
		assertThat(accepted).extracting(ContributionAttachments.Checked::filename).containsExactly("rapport.pdf");
		assertThat(ContributionAttachments.check(List.of(upload(pdf), upload(pdf), upload(pdf), upload(pdf)),
				new ArrayList<>()))
			.extracting(p -> p.messageKey())
			.containsExactly("dialogues.problem.tooManyFiles");
	}

	private static ContributionAttachments.Upload upload(byte[] content) {
		return new ContributionAttachments.Upload("a.pdf", content.length, content);
	}

}
