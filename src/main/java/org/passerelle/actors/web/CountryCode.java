package org.passerelle.actors.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.passerelle.kernel.territory.Territories;

/**
 * The value is an ISO 3166-1 alpha-2 country code known to the kernel ({@code null} and
 * blank accepted).
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

	String message() default "{actors.validation.country}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks that {@code iso:<code>} is a kernel territory. */
	class Validator implements ConstraintValidator<CountryCode, String> {

		private final Territories territories;

		public Validator(Territories territories) {
			this.territories = territories;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String code = value.strip().toUpperCase(Locale.ROOT);
			return code.matches("[A-Z]{2}") && this.territories.find("iso:" + code).isPresent();
		}

	}

}
