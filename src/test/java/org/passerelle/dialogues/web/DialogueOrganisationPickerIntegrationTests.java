package org.passerelle.dialogues.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.dialogues.DialogueTestSupport;
import org.passerelle.dialogues.DialogueVisibility;
import org.passerelle.dialogues.internal.DialogueEditor;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passerelle.dialogues.DialogueTestSupport.command;
import static org.passerelle.dialogues.DialogueTestSupport.round;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation pickers of the dialogue form: other organisers (for moderators) and
 * invited organisations are found by name and chosen through the form's steps, without
 * JavaScript (a plain post of the step button) or with htmx (only the picker's region
 * comes back), and the dialogue saved has the organisations chosen.
 */
@PasserelleIntegrationTest
class DialogueOrganisationPickerIntegrationTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

	DialogueTestSupport support;

	long organisation;

	String organisationName;

	User organiser;

	@BeforeEach
	void setUp() {
		this.support = new DialogueTestSupport(this.accounts, this.organisations, this.transactions, this.editor);
		this.organisationName = "Ville Organisatrice " + word();
		this.organisation = this.support.users.organisation(this.organisationName);
		this.organiser = this.support.users.editorOf(this.organisation, "Olga Organisatrice");
	}

	@Test
	void organiserPicksAnInvitedOrganisationThroughTheStepsWithoutJavaScript() throws Exception {
		String word = word();
		long invited = this.support.users.organisation("Commune de " + word);

		this.mvc.perform(newDialogue(this.organiser).param("invitedQuery", word).param("op", "invited-find"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"invited-pick:" + invited + "\"")))
			.andExpect(content().string(containsString("Commune de " + word)))
			.andExpect(content().string(not(containsString("name=\"invitedIds\""))));

		this.mvc.perform(newDialogue(this.organiser).param("invitedQuery", word).param("op", "invited-pick:" + invited))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"invitedIds\" value=\"" + invited + "\"")))
			.andExpect(content().string(containsString("Commune de " + word)))
			.andExpect(content().string(containsString("value=\"invited-remove:" + invited + "\"")))
			.andExpect(content().string(containsString("value=\"Consultation choisie\"")))
			.andExpect(content().string(not(containsString("id=\"form-errors\""))));
	}

	@Test
	void removingAnInvitedOrganisationTakesItOffTheForm() throws Exception {
		long kept = this.support.users.organisation("Gardée " + word());
		long removed = this.support.users.organisation("Retirée " + word());

		this.mvc
			.perform(newDialogue(this.organiser).param("invitedIds", String.valueOf(kept), String.valueOf(removed))
				.param("op", "invited-remove:" + removed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"invitedIds\" value=\"" + kept + "\"")))
			.andExpect(content().string(not(containsString("name=\"invitedIds\" value=\"" + removed + "\""))));
	}

	@Test
	void searchWithNoResultSaysSo() throws Exception {
		this.mvc.perform(newDialogue(this.organiser).param("invitedQuery", "Zzqxwv").param("op", "invited-find"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun résultat : essayez un autre nom.")));

		this.mvc
			.perform(get("/dialogues/pickers/organisations").with(this.organiser.signedIn())
				.param("slot", "invited")
				.param("invitedQuery", "Zzqxwv")
				.header("HX-Request", "true")
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing found: try another name.")));
	}

	@Test
	void withHtmxAStepAnswersOnlyThePickersRegion() throws Exception {
		String word = word();
		long invited = this.support.users.organisation("Métropole " + word);

		this.mvc
			.perform(newDialogue(this.organiser).param("op", "invited-pick:" + invited).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("rounds[0].title"))))
			.andExpect(content().string(containsString("id=\"invited\"")))
			.andExpect(content().string(containsString("name=\"invitedIds\" value=\"" + invited + "\"")))
			.andExpect(content().string(containsString("Métropole " + word)));
	}

	@Test
	void suggestionsAsTheOrganiserTypesAreStepButtonsOfTheForm() throws Exception {
		String word = word();
		long invited = this.support.users.organisation("Département " + word);
		String slug = this.support.openDialogue(this.organiser, this.organisation, "Suggestions " + UUID.randomUUID());

		this.mvc
			.perform(get("/dialogues/pickers/organisations").with(this.organiser.signedIn())
				.param("slot", "invited")
				.param("dialogue", slug)
				.param("invitedQuery", word)
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Département " + word)))
			.andExpect(content().string(containsString("value=\"invited-pick:" + invited + "\"")))
			.andExpect(content().string(containsString("hx-post=\"/dialogues/" + slug + "/edit\"")))
			.andExpect(content().string(containsString("hx-select=\"#invited\"")));

		this.mvc.perform(get("/dialogues/pickers/organisations").param("slot", "invited").param("invitedQuery", word))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void savedDialogueHasTheOrganisersAndInvitedOrganisationsChosen() throws Exception {
		User moderator = this.support.users.moderator("Marc Modérateur");
		String word = word();
		long other = this.support.users.organisation("Région " + word);
		long invited = this.support.users.organisation("Collectivité invitée " + word());
		User guest = this.support.users.editorOf(invited, "Inès Invitée");
		User outsider = this.support.users.member("Otto Extérieur");

		this.mvc.perform(newDialogue(moderator).param("otherOrganiserQuery", word).param("op", "organiser-find"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"organiser-pick:" + other + "\"")));
		this.mvc.perform(newDialogue(moderator).param("op", "organiser-pick:" + other))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"otherOrganiserIds\" value=\"" + other + "\"")));

		String location = this.mvc
			.perform(newDialogue(moderator).param("visibility", "INVITED")
				.param("otherOrganiserIds", String.valueOf(other))
				.param("invitedIds", String.valueOf(invited)))
			.andExpect(redirectedUrlPattern("/dialogues/consultation-choisie*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Région " + word)));
		this.mvc.perform(get(location).with(guest.signedIn())).andExpect(status().isOk());
		this.mvc.perform(get(location).with(outsider.signedIn())).andExpect(status().isNotFound());
		this.mvc.perform(get(location + "/edit").with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"invitedIds\" value=\"" + invited + "\"")));
	}

	@Test
	void unknownInvitedOrganisationIsAnErrorNextToThePickerAndTheChoicesSurvive() throws Exception {
		String word = word();
		long invited = this.support.users.organisation("Agglomération " + word);
		long unknown = 987_654_321L;

		this.mvc
			.perform(newDialogue(this.organiser).param("visibility", "INVITED")
				.param("invitedIds", String.valueOf(invited), String.valueOf(unknown)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"invitedIds-errors\"")))
			.andExpect(content().string(containsString("Une de ces organisations n’existe pas.")))
			.andExpect(content().string(containsString("name=\"invitedIds\" value=\"" + invited + "\"")))
			.andExpect(content().string(containsString("Agglomération " + word)))
			.andExpect(content().string(containsString("Organisation n° " + unknown + " (introuvable)")));
	}

	@Test
	void anInvitedValueThatIsNoIdIsAnErrorNextToThePicker() throws Exception {
		this.mvc.perform(newDialogue(this.organiser).param("visibility", "INVITED").param("invitedIds", "Rennes"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"invitedIds-errors\"")))
			.andExpect(content().string(containsString("Choisissez les organisations dans la liste des suggestions.")));
	}

	@Test
	void ownOrganisationsStayCheckboxesAndOnlyModeratorsPickOtherOrganisers() throws Exception {
		this.mvc.perform(get("/dialogues/new").with(this.organiser.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("type=\"checkbox\" value=\"" + this.organisation + "\"")))
			.andExpect(content().string(containsString(this.organisationName)))
			.andExpect(content().string(not(containsString("name=\"otherOrganiserQuery\""))))
			.andExpect(content().string(containsString("name=\"invitedQuery\"")));

		User moderator = this.support.users.moderator("Mia Modératrice");
		this.mvc.perform(get("/dialogues/new").with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"otherOrganiserQuery\"")));
	}

	@Test
	void theEditFormsStepsKeepTheDialogue() throws Exception {
		String slug = this.support.create(this.organiser, command("Édition " + UUID.randomUUID(), this.organisation,
				DialogueVisibility.PUBLIC, List.of(round("Semaine 1", Duration.ofDays(1), Duration.ofDays(6)))));
		String word = word();
		long invited = this.support.users.organisation("Syndicat " + word);

		this.mvc
			.perform(post("/dialogues/" + slug + "/edit").with(this.organiser.signedIn())
				.with(csrf())
				.param("title", "Titre en cours")
				.param("op", "invited-pick:" + invited))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/dialogues/" + slug + "/edit\"")))
			.andExpect(content().string(containsString("value=\"Titre en cours\"")))
			.andExpect(content().string(containsString("name=\"invitedIds\" value=\"" + invited + "\"")));

		this.mvc
			.perform(post("/dialogues/" + slug + "/edit").with(this.support.users.member("Max Membre").signedIn())
				.with(csrf())
				.param("op", "invited-pick:" + invited))
			.andExpect(status().isForbidden());
	}

	/**
	 * A valid new dialogue's fields, posted as the user (the organiser's own organisation
	 * ticked).
	 */
	private MockHttpServletRequestBuilder newDialogue(User user) {
		LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).withNano(0).withSecond(0).plusDays(1);
		MockHttpServletRequestBuilder request = post("/dialogues").with(user.signedIn())
			.with(csrf())
			.param("title", "Consultation choisie")
			.param("languages", "fr")
			.param("moderationPolicy", "PRE")
			.param("rounds[0].opensAt", LOCAL.format(start))
			.param("rounds[0].closesAt", LOCAL.format(start.plusDays(7)))
			.param("rounds[0].questions[0]", "Qu’attendez-vous ?");
		if (user == this.organiser) {
			request.param("organiserIds", String.valueOf(this.organisation));
		}
		return request;
	}

	/**
	 * A word no other organisation's name holds, so that searches find only this test's.
	 */
	private static String word() {
		StringBuilder word = new StringBuilder("Q");
		ThreadLocalRandom.current().ints(9, 'a', 'z' + 1).forEach(c -> word.append((char) c));
		return word.toString();
	}

}
