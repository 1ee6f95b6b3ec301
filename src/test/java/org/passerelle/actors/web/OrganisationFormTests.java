package org.passerelle.actors.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.passerelle.actors.ReferenceFiles;
import org.passerelle.actors.internal.OrganisationData;
import org.passerelle.kernel.taxonomy.Taxonomies;
import org.passerelle.kernel.territory.Territories;

class OrganisationFormTests {

	private static final Taxonomies taxonomies = ReferenceFiles.taxonomies();

	private static final Territories territories = ReferenceFiles.territories();

	private static final jakarta.validation.ValidatorFactory factory = validatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsAWellFilledForm() {
		assertThat(this.validator.validate(rennes())).isEmpty();
	}

	@Test
	void requiresNameTypeAndLevel() {
		OrganisationForm form = OrganisationForm.empty(Locale.FRENCH);
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("name", "type", "level");
	}

	@Test
	void rejectsCodesOutsideTheTaxonomies() {
		OrganisationForm form = rennes();
		form.setType("city-hall");
		form.setLevel("galactic");
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("type", "level");
	}

	@Test
	void rejectsUnknownCountryAndTerritory() {
		OrganisationForm form = rennes();
		form.setCountry("XX");
		form.setTerritoryId("nuts:ZZ999");
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("country", "territoryId");
	}

	@Test
	void rejectsATerritoryOutsideTheCountryChosen() {
		OrganisationForm form = rennes();
		form.setCountry("IT");
		assertThat(invalidFields(form)).containsExactly("territoryId");
	}

	@Test
	void acceptsGreekRegionsThatNutsCodesEl() {
		OrganisationForm form = rennes();
		form.setCountry("GR");
		form.setTerritoryId("nuts:EL30");
		assertThat(this.validator.validate(form)).isEmpty();
	}

	@Test
	void acceptsOnlyHttpAndHttpsAddresses() {
		OrganisationForm form = rennes();
		for (String bad : new String[] { "javascript:alert(1)", "ftp://example.org", "www.rennes.fr", "https://",
				"http://localhost" }) {
			form.setWebsite(bad);
			assertThat(invalidFields(form)).as(bad).containsExactly("website");
		}
		form.setWebsite("http://www.example.org/path?q=1");
		assertThat(invalidFields(form)).isEmpty();
	}

	@Test
	void asksTheLanguageOfADescription() {
		OrganisationForm form = rennes();
		form.setDescriptionLanguage(null);
		assertThat(invalidFields(form)).containsExactly("descriptionLanguage");
	}

	@Test
	void limitsTheDescriptionLength() {
		OrganisationForm form = rennes();
		form.setDescription("a".repeat(5001));
		assertThat(invalidFields(form)).containsExactly("description");
	}

	@Test
	void normalisesWhatItHandsOn() {
		OrganisationForm form = rennes();
		form.setName("  Ville   de  Rennes ");
		form.setAcronym(" ");
		form.setCountry("fr");
		form.setDescription("First paragraph.  \r\n\r\n\r\n\r\nSecond paragraph.\n");
		OrganisationData data = form.toData();
		assertThat(data.name()).isEqualTo("Ville de Rennes");
		assertThat(data.acronym()).isNull();
		assertThat(data.country()).isEqualTo("FR");
		assertThat(data.description()).isEqualTo("First paragraph.\n\nSecond paragraph.");
	}

	@Test
	void dropsTheLanguageOfAnEmptyDescription() {
		OrganisationForm form = rennes();
		form.setDescription("   ");
		assertThat(form.toData().descriptionLanguage()).isNull();
	}

	private static jakarta.validation.ValidatorFactory validatorFactory() {
		var configuration = Validation.byDefaultProvider().configure();
		return configuration
			.constraintValidatorFactory(new KernelValidators(configuration.getDefaultConstraintValidatorFactory()))
			.buildValidatorFactory();
	}

	private Set<String> invalidFields(OrganisationForm form) {
		return this.validator.validate(form)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static OrganisationForm rennes() {
		OrganisationForm form = OrganisationForm.empty(Locale.FRENCH);
		form.setName("Ville de Rennes");
		form.setType("local-authority");
		form.setLevel("local");
		form.setCountry("FR");
		form.setTerritoryId("nuts:FRH03");
		form.setDescription("Ville de Bretagne.");
		form.setWebsite("https://metropole.rennes.fr");
		return form;
	}

	/**
	 * Gives the kernel-backed validators their reference data, like Spring does in the
	 * application.
	 */
	private static final class KernelValidators implements ConstraintValidatorFactory {

		private final ConstraintValidatorFactory fallback;

		KernelValidators(ConstraintValidatorFactory fallback) {
			this.fallback = fallback;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
			if (key == TaxonomyCode.Validator.class) {
				return (T) new TaxonomyCode.Validator(taxonomies);
			}
			if (key == CountryCode.Validator.class) {
				return (T) new CountryCode.Validator(territories);
			}
			if (key == TerritoryReference.Validator.class) {
				return (T) new TerritoryReference.Validator(territories);
			}
			if (key == ConsistentOrganisation.Validator.class) {
				return (T) new ConsistentOrganisation.Validator(territories);
			}
			return this.fallback.getInstance(key);
		}

		@Override
		public void releaseInstance(ConstraintValidator<?, ?> instance) {
		}

	}

}
