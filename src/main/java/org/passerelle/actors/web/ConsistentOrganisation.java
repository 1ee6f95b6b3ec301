package org.passerelle.actors.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.passerelle.kernel.territory.Territories;
import org.passerelle.kernel.territory.TerritoryView;

/**
 * Rules between fields of an {@link OrganisationForm}: a description says its language,
 * and the territory lies in the country chosen. Errors are reported on the field to
 * correct.
 */
@Documented
@Constraint(validatedBy = ConsistentOrganisation.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentOrganisation {

	String message() default "{actors.validation.consistency}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the rules with the kernel's territories. */
	class Validator implements ConstraintValidator<ConsistentOrganisation, OrganisationForm> {

		private final Territories territories;

		public Validator(Territories territories) {
			this.territories = territories;
		}

		@Override
		public boolean isValid(OrganisationForm form, ConstraintValidatorContext context) {
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (hasText(form.getDescription()) && !hasText(form.getDescriptionLanguage())) {
				context.buildConstraintViolationWithTemplate("{actors.validation.description-language}")
					.addPropertyNode("descriptionLanguage")
					.addConstraintViolation();
				valid = false;
			}
			if (hasText(form.getCountry()) && hasText(form.getTerritoryId())) {
				Optional<TerritoryView> territory = this.territories.find(form.getTerritoryId().strip());
				String country = iso(form.getCountry());
				if (territory.isPresent() && territory.get().countryCode() != null
						&& !iso(territory.get().countryCode()).equals(country)) {
					context.buildConstraintViolationWithTemplate("{actors.validation.territory-country}")
						.addPropertyNode("territoryId")
						.addConstraintViolation();
					valid = false;
				}
			}
			return valid;
		}

		/**
		 * NUTS writes Greece EL and the United Kingdom UK where ISO 3166 has GR and GB.
		 */
		private static String iso(String code) {
			String upper = code.strip().toUpperCase(Locale.ROOT);
			return switch (upper) {
				case "EL" -> "GR";
				case "UK" -> "GB";
				default -> upper;
			};
		}

		private static boolean hasText(String value) {
			return value != null && !value.isBlank();
		}

	}

}
