package org.passerelle.dialogues.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.passerelle.accounts.CurrentUser;
import org.passerelle.dialogues.DialogueProblem;
import org.passerelle.dialogues.PositionStatus;
import org.passerelle.kernel.text.RichText;

/**
 * Who may do what with a common position, and what a valid one looks like. A dialogue's
 * organisers (editors of an organiser organisation), moderators and administrators draft
 * it, change its status and record its transmissions; an editor endorses for their own
 * organisation only; whoever sees the dialogue sees its positions, except drafts, which
 * only those who manage them see.
 */
final class PositionRules {

	private PositionRules() {
	}

	/** Whether the user drafts and manages the dialogue's positions. */
	static boolean canManage(CurrentUser user, Dialogue dialogue) {
		return DialoguePermissions.canModerate(user, dialogue);
	}

	/** Whether the reader (or a visitor, when empty) may see the position. */
	static boolean canSee(Optional<CurrentUser> reader, Dialogue dialogue, Position position) {
		if (!DialoguePermissions.canSee(reader, dialogue)) {
			return false;
		}
		return position.getStatus() != PositionStatus.DRAFT || reader.map(u -> canManage(u, dialogue)).orElse(false);
	}

	/** The problems of a position's content, none when it may be saved. */
	static List<DialogueProblem> check(PositionCommand command, LongPredicate organisationExists) {
		List<DialogueProblem> problems = new ArrayList<>();
		if (command.title() == null || command.title().isBlank()) {
			problems.add(DialogueProblem.of("title", "dialogues.problem.required"));
		}
		else if (command.title().strip().length() > Position.TITLE_MAX) {
			problems.add(DialogueProblem.of("title", "dialogues.problem.tooLong", Position.TITLE_MAX));
		}
		if (command.text() == null || RichText.isBlank(command.text())) {
			problems.add(DialogueProblem.of("text", "dialogues.problem.required"));
		}
		else if (RichText.visibleLength(command.text()) > Position.TEXT_MAX) {
			problems.add(DialogueProblem.of("text", "dialogues.problem.tooLong", Position.TEXT_MAX));
		}
		if (command.drafterIds().isEmpty()) {
			problems.add(DialogueProblem.of("drafterIds", "dialogues.positions.problem.noDrafter"));
		}
		else if (!command.drafterIds().stream().allMatch(organisationExists::test)) {
			problems.add(DialogueProblem.of("drafterIds", "dialogues.problem.unknownOrganisation"));
		}
		return problems;
	}

	/** The content as saved: title stripped, text sanitised. */
	static PositionCommand clean(PositionCommand command) {
		return new PositionCommand(command.title().strip(), RichText.sanitise(command.text()), command.drafterIds());
	}

	/**
	 * The problems of a status change.
	 * @param hasEndorsements whether organisations endorsed the position
	 * @param hasTransmissions whether a transmission was recorded
	 */
	static List<DialogueProblem> checkStatus(PositionStatus status, String followUp, boolean hasEndorsements,
			boolean hasTransmissions) {
		List<DialogueProblem> problems = new ArrayList<>();
		if (status == null) {
			problems.add(DialogueProblem.of("status", "dialogues.problem.required"));
		}
		else if (status == PositionStatus.DRAFT && (hasEndorsements || hasTransmissions)) {
			problems.add(DialogueProblem.of("status", "dialogues.positions.problem.backToDraft"));
		}
		else if (!hasTransmissions && (status == PositionStatus.TRANSMITTED
				|| status == PositionStatus.UNDER_CONSIDERATION || status == PositionStatus.FOLLOWED_UP)) {
			problems.add(DialogueProblem.of("status", "dialogues.positions.problem.notTransmitted"));
		}
		if (followUp != null && followUp.strip().length() > Position.FOLLOW_UP_MAX) {
			problems.add(DialogueProblem.of("followUp", "dialogues.problem.tooLong", Position.FOLLOW_UP_MAX));
		}
		return problems;
	}

	/** The problems of a transmission; {@code today} is the latest date accepted. */
	static List<DialogueProblem> check(TransmissionCommand command, LocalDate today) {
		List<DialogueProblem> problems = new ArrayList<>();
		if (command.institution() == null || command.institution().isBlank()) {
			problems.add(DialogueProblem.of("institution", "dialogues.problem.required"));
		}
		else if (command.institution().strip().length() > Transmission.INSTITUTION_MAX) {
			problems.add(DialogueProblem.of("institution", "dialogues.problem.tooLong", Transmission.INSTITUTION_MAX));
		}
		if (command.transmittedOn() == null) {
			problems.add(DialogueProblem.of("transmittedOn", "dialogues.problem.required"));
		}
		else if (command.transmittedOn().isAfter(today)) {
			problems.add(DialogueProblem.of("transmittedOn", "dialogues.positions.problem.future"));
		}
		if (command.documentTitle() == null || command.documentTitle().isBlank()) {
			problems.add(DialogueProblem.of("documentTitle", "dialogues.problem.required"));
		}
		else if (command.documentTitle().strip().length() > Transmission.DOCUMENT_TITLE_MAX) {
			problems
				.add(DialogueProblem.of("documentTitle", "dialogues.problem.tooLong", Transmission.DOCUMENT_TITLE_MAX));
		}
		String url = command.documentUrl();
		if (url != null && !url.isBlank()) {
			if (url.strip().length() > Transmission.DOCUMENT_URL_MAX) {
				problems
					.add(DialogueProblem.of("documentUrl", "dialogues.problem.tooLong", Transmission.DOCUMENT_URL_MAX));
			}
			else if (!isWebAddress(url.strip())) {
				problems.add(DialogueProblem.of("documentUrl", "dialogues.positions.problem.url"));
			}
		}
		return problems;
	}

	/** The transmission as saved: texts stripped, an empty address dropped. */
	static TransmissionCommand clean(TransmissionCommand command) {
		String url = command.documentUrl() == null || command.documentUrl().isBlank() ? null
				: command.documentUrl().strip();
		return new TransmissionCommand(command.institution().strip(), command.transmittedOn(),
				command.documentTitle().strip(), url);
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
