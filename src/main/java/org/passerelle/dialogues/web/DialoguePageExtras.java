package org.passerelle.dialogues.web;

import java.util.List;
import java.util.Map;

import org.passerelle.dialogues.internal.AttachmentInfo;
import org.passerelle.dialogues.internal.ContributionAttachments;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueMailAddress;
import org.springframework.stereotype.Component;

/**
 * What the dialogue page shows besides the contributions, read by its template
 * ({@code @dialoguePageExtras}): the files of the contributions shown, the address for
 * contributions by e-mail.
 */
@Component("dialoguePageExtras")
class DialoguePageExtras {

	private final ContributionAttachments attachments;

	private final DialogueMailAddress mail;

	DialoguePageExtras(ContributionAttachments attachments, DialogueMailAddress mail) {
		this.attachments = attachments;
		this.mail = mail;
	}

	/**
	 * The files of these contributions (published ones on the page, pending ones in a
	 * moderator's queue), by contribution id.
	 */
	public Map<Long, List<AttachmentInfo>> attachments(List<Long> contributionIds) {
		return this.attachments.of(contributionIds);
	}

	/** The files of the dialogue's published contributions, by contribution id. */
	public Map<Long, List<AttachmentInfo>> published(Dialogue dialogue) {
		return this.attachments.published(dialogue);
	}

	/** The dialogue's e-mail address, or {@code null} when inbound mail is off. */
	public String mailAddress(Dialogue dialogue) {
		return this.mail.of(dialogue.getSlug()).orElse(null);
	}

	/** A size in kB or MB, for a link. */
	public String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
