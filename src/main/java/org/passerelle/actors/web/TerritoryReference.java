package org.passerelle.actors.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.passerelle.kernel.territory.Territories;

/**
 * The value is the id of a kernel territory, e.g. {@code nuts:FRH03} ({@code null} and
 * blank accepted).
 */
@Documented
@Constraint(validatedBy = TerritoryReference.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface TerritoryReference {

	String message() default "{actors.validation.territory}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Looks the id up in {@link Territories}. */
	class Validator implements ConstraintValidator<TerritoryReference, String> {

		private final Territories territories;

		public Validator(Territories territories) {
			this.territories = territories;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.territories.find(value.strip()).isPresent();
		}

	}

}
