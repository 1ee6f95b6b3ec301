package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.PartnerRole;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.passerelle.practices.internal.PracticeProblem;
import org.passerelle.practices.web.PracticeForm.PartnerForm;
import org.passerelle.practices.web.PracticeForm.TranslationForm;

class PracticeFormTests {

	@Test
	void aPracticeComesBackUnchangedThroughTheForm() {
		PracticeContent content = PracticeTestSupport.withPartners(PracticeTestSupport.content(7),
				List.of(new PartnerRole(8, "co-funder"), new PartnerRole(9, null)));

		PracticeForm form = PracticeForm.of(content, 3L);

		assertThat(form.toContent()).isEqualTo(content);
		assertThat(form.getVersion()).isEqualTo(3L);
		assertThat(form.getLinks()).isEqualTo("https://example.org/rennes");
	}

	@Test
	void theFormOffersATranslationSlotForEveryOtherContentLanguage() {
		PracticeForm form = PracticeForm.of(PracticeTestSupport.content(7), null);

		assertThat(form.translationLanguages()).containsExactly("en", "es", "pt", "ar");
		assertThat(form.getTranslations()).containsOnlyKeys("en", "es", "pt", "ar");
		assertThat(form.getTranslations().get("en").getTitle()).isEqualTo("Municipal emergency shelter");
	}

	@Test
	void emptyTranslationSlotsAndPartnerRowsAreLeftOut() {
		PracticeForm form = PracticeForm.of(PracticeTestSupport.content(7), null);
		form.getPartners().add(new PartnerForm());
		form.getPartners().add(new PartnerForm(12L, "  associate  "));
		form.getTranslations().put("es", new TranslationForm(" ", "", null));

		PracticeContent content = form.toContent();

		assertThat(content.partners()).containsExactly(new PartnerRole(12, "associate"));
		assertThat(content.translations()).containsOnlyKeys("en");
	}

	@Test
	void linksAreReadOneALineAndCodesAreCleaned() {
		PracticeForm form = new PracticeForm();
		form.setLanguage("FR");
		form.setTitle("  Un   titre\n sur deux lignes ");
		form.setLinks("https://a.example.org\r\n\r\n  https://b.example.org  \nhttps://a.example.org\n");
		form.setCountries(new ArrayList<>(List.of("fr", " SN ", "FR", "")));
		form.setThemes(new ArrayList<>(List.of("housing", "housing")));
		form.setGcmObjectives(new ArrayList<>(java.util.Arrays.asList(16, null, 16)));

		PracticeContent content = form.toContent();

		assertThat(content.language()).isEqualTo("fr");
		assertThat(content.title()).isEqualTo("Un titre sur deux lignes");
		assertThat(content.links()).containsExactly("https://a.example.org", "https://b.example.org");
		assertThat(content.countries()).containsExactly("FR", "SN");
		assertThat(content.themes()).containsExactly("housing");
		assertThat(content.gcmObjectives()).containsExactly(16);
		assertThat(content.description()).isNull();
	}

	@Test
	void aNewFormIsInTheReadersLanguageAndLedByTheirOnlyOrganisation() {
		PracticeForm english = PracticeForm.empty(Locale.ENGLISH, Set.of(42L));
		PracticeForm unknown = PracticeForm.empty(Locale.JAPANESE, Set.of(1L, 2L));

		assertThat(english.getLanguage()).isEqualTo("en");
		assertThat(english.getLeadOrganisationId()).isEqualTo(42L);
		assertThat(english.translationLanguages()).doesNotContain("en");
		assertThat(unknown.getLanguage()).isEqualTo("fr");
		assertThat(unknown.getLeadOrganisationId()).isNull();
	}

	@Test
	void problemsArePlacedNextToTheFormFieldTheyConcern() {
		PracticeForm form = new PracticeForm();
		form.getPartners().add(new PartnerForm());
		form.getPartners().add(new PartnerForm(5L, null));
		form.getPartners().add(new PartnerForm(6L, "role"));

		assertThat(form.formField(problem("organisation"))).isEqualTo("leadOrganisationId");
		// the second partner of the content is on the third row: the first row is empty
		assertThat(form.formField(problem("partners[2]"))).isEqualTo("partners[2].organisationId");
		assertThat(form.formField(problem("partners[1].role"))).isEqualTo("partners[1].role");
		assertThat(form.formField(problem("translations.en.summary"))).isEqualTo("translations[en].summary");
		assertThat(form.formField(problem("translations.fr"))).isEqualTo("translations[fr].title");
		assertThat(form.formField(problem("endYear"))).isEqualTo("endYear");
	}

	@Test
	void aRoleWithoutAnOrganisationIsPointedOut() {
		PracticeForm form = new PracticeForm();
		form.getPartners().add(new PartnerForm(null, "co-funder"));
		form.getPartners().add(new PartnerForm(null, " "));
		form.getPartners().add(new PartnerForm(4L, "lead partner"));

		assertThat(form.partnerRowsWithoutOrganisation()).containsExactly(0);
	}

	@Test
	void aTranslationInTheOriginalLanguageStaysOnTheFormToBeCorrected() {
		PracticeForm form = PracticeForm.of(PracticeTestSupport.content(7), null);
		form.getTranslations().put("fr", new TranslationForm("Titre", "Résumé", null));

		assertThat(form.translationLanguages()).startsWith("fr");
		assertThat(form.toContent().translations()).containsKeys("fr", "en");
		assertThat(form.toContent().translations().get("fr")).isEqualTo(new TranslatedText("Titre", "Résumé", null));
	}

	@Test
	void stepsAddAndRemovePartnerRows() {
		PracticeForm form = new PracticeForm();
		form.addPartnerRow();
		form.addPartnerRow();
		form.getPartners().get(1).setRole("second");

		form.removePartnerRow(0);
		form.removePartnerRow(7);
		form.removePartnerRow(null);

		assertThat(form.getPartners()).extracting(PartnerForm::getRole).containsExactly("second");
		assertThat(form.organisationIds()).isEmpty();
	}

	private static PracticeProblem problem(String field) {
		return new PracticeProblem(field, "practices.problem.required");
	}

}
