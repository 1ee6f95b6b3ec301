package org.passerelle.dialogues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.internal.DialogueCommand;
import org.passerelle.dialogues.internal.DialogueCommand.RoundCommand;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations, users and dialogues for the dialogues tests: an organiser (editor of a
 * new organisation) and dialogues whose rounds are placed around the current time.
 */
public final class DialogueTestSupport {

	public final PracticeTestSupport users;

	private final DialogueEditor editor;

	public DialogueTestSupport(Accounts accounts, OrganisationRepository organisations,
			PlatformTransactionManager transactions, DialogueEditor editor) {
		this.users = new PracticeTestSupport(accounts, organisations, new TransactionTemplate(transactions));
		this.editor = editor;
	}

	/**
	 * A round of two questions from {@code opensIn} to {@code opensIn + length} from now.
	 */
	public static RoundCommand round(String title, Duration opensIn, Duration length) {
		Instant opens = Instant.now().plus(opensIn);
		return new RoundCommand(title, opens, opens.plus(length),
				List.of("Quelles pratiques locales fonctionnent ?", "De quoi avez-vous besoin ?"));
	}

	/** A round of two questions between two instants. */
	public static RoundCommand round(String title, Instant opens, Instant closes) {
		return new RoundCommand(title, opens, closes,
				List.of("Quelles pratiques locales fonctionnent ?", "De quoi avez-vous besoin ?"));
	}

	/** A public, pre-moderated dialogue in French and English, with these rounds. */
	public static DialogueCommand command(String title, long organiserId, DialogueVisibility visibility,
			List<RoundCommand> rounds) {
		return new DialogueCommand(title, "<p>Une consultation entre niveaux de gouvernement.</p>", List.of("fr", "en"),
				visibility, ModerationPolicy.PRE, Set.of(organiserId), Set.of(), new ArrayList<>(rounds));
	}

	/**
	 * A public dialogue whose round 1 is open now (for a week) and round 2 opens next
	 * week.
	 */
	public String openDialogue(User organiser, long organiserId, String title) {
		return create(organiser,
				command(title, organiserId, DialogueVisibility.PUBLIC,
						List.of(round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6)),
								round("Semaine 2", Duration.ofDays(6), Duration.ofDays(7)))));
	}

	/** Creates the dialogue as the user, returning its address. */
	public String create(User organiser, DialogueCommand command) {
		return this.users.as(organiser, () -> this.editor.create(command));
	}

}
