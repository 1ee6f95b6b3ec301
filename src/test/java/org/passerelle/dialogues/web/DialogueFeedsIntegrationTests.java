package org.passerelle.dialogues.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.ContributionChannel;
import org.passerelle.dialogues.Contributions;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.internal.ContributionModeration;
import org.passerelle.dialogues.internal.ContributionStore;
import org.passerelle.dialogues.internal.Dialogue;
import org.passerelle.dialogues.internal.DialogueCommand;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.dialogues.internal.Round;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.kernel.web.AtomFeed;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.dialogues.DialogueTestSupport.command;
import static org.passerelle.dialogues.DialogueTestSupport.round;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A dialogue's rounds as iCalendar and its published contributions as Atom. */
@PasserelleIntegrationTest
class DialogueFeedsIntegrationTests {

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
	Contributions contributions;

	@Autowired
	ContributionModeration moderation;

	@Autowired
	ContributionStore store;

	DialogueTestSupport support;

	long organisation;

	User organiser;

	User member;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.organisation = this.support.users.organisation("Ville Flux " + UUID.randomUUID());
		this.organiser = this.support.users.editorOf(this.organisation, "Odile Organisatrice");
		this.member = this.support.users.member("Mina Membre");
	}

	@Test
	void calendarHasAnEventPerRoundInUtcWithItsQuestions() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation,
				"Agenda; virgules, et un titre assez long pour être replié " + UUID.randomUUID());
		Dialogue dialogue = this.store.dialogue(slug).orElseThrow();
		Round first = this.support.users.as(this.organiser, () -> this.editor.editable(slug)).getRounds().get(0);

		byte[] body = this.mvc.perform(get("/dialogues/" + slug + "/rounds.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String calendar = new String(body, StandardCharsets.UTF_8);

		assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(3);
		List<String> lines = Arrays.asList(calendar.split("\r\n"));
		assertThat(lines)
			.allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		String unfolded = calendar.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:round-1.dialogue-" + dialogue.getId() + "@localhost\r\n")
			.contains("UID:round-2.dialogue-" + dialogue.getId() + "@localhost\r\n")
			.contains("DTSTART:" + ICalendarWriter.time(first.getOpensAt()) + "\r\n")
			.contains("DTEND:" + ICalendarWriter.time(first.getClosesAt()) + "\r\n")
			.contains("SUMMARY:Agenda\\; virgules\\, et un titre")
			.contains("– Semaine 1\r\n")
			.contains("DESCRIPTION:1. Quelles pratiques locales fonctionnent ?\\n2. De quoi avez-vous besoin ?\r\n")
			.contains("URL:http://localhost/dialogues/" + slug + "\r\n");
		assertThat(ICalendarWriter.time(first.getOpensAt())).endsWith("Z");
		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(content().string(containsString("/dialogues/" + slug + "/rounds.ics")));
	}

	@Test
	void calendarAndFeedOfAnInvitationOnlyDialogueAreNotFoundForVisitors() throws Exception {
		long invited = this.support.users.organisation("Invitée Flux " + UUID.randomUUID());
		DialogueCommand base = command("Invitation Flux " + UUID.randomUUID(), this.organisation,
				DialogueVisibility.INVITED, List.of(round("Semaine 1", Duration.ofDays(-1), Duration.ofDays(6))));
		String slug = this.support.create(this.organiser, new DialogueCommand(base.title(), null, base.languages(),
				base.visibility(), base.moderationPolicy(), base.organiserIds(), Set.of(invited), base.rounds()));

		this.mvc.perform(get("/dialogues/" + slug + "/rounds.ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues/" + slug + "/contributions.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/dialogues/" + slug + "/rounds.ics").with(this.organiser.signedIn()))
			.andExpect(status().isOk());
	}

	@Test
	void feedHasThePublishedContributionsOnlyAndThePageLinksToIt() throws Exception {
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Flux " + UUID.randomUUID());
		long published = this.contributions.submit(slug, this.member.id(), null,
				Map.of(2, "Des interprètes & des guides."), "fr", ContributionChannel.WEB);
		this.contributions.submit(slug, this.member.id(), null, Map.of(1, "Toujours en attente."), "fr",
				ContributionChannel.WEB);
		long version = this.store.find(published).orElseThrow().getVersion();
		this.support.users.run(this.organiser, () -> this.moderation.approve(published, version));

		byte[] body = this.mvc.perform(get("/dialogues/" + slug + "/contributions.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));

		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
		assertThat(root.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").getLength()).isEqualTo(1);
		Element entry = (Element) root.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").item(0);
		assertThat(text(entry, "id")).isEqualTo("http://localhost/dialogues/" + slug + "#contribution-" + published);
		assertThat(text(entry, "title")).isEqualTo("Mina Membre – tour 1");
		assertThat(text(entry, "content")).contains("2. De quoi avez-vous besoin ?")
			.contains("Des interprètes &amp; des guides.");
		assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Toujours en attente");

		this.mvc.perform(get("/dialogues/" + slug))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Flux Atom des contributions\" href=\"/dialogues/"
							+ slug + "/contributions.atom\">")))
			.andExpect(content().string(not(containsString("Contribuer par courriel"))));
	}

	private static String text(Element entry, String name) {
		return entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, name).item(0).getTextContent();
	}

}
