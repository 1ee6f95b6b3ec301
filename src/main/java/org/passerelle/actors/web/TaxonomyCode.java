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

import org.passerelle.kernel.taxonomy.Taxonomies;

/**
 * The value is a code of the named kernel taxonomy ({@code null} and blank are accepted).
 */
@Documented
@Constraint(validatedBy = TaxonomyCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface TaxonomyCode {

	/** The taxonomy, e.g. {@link Taxonomies#ORGANISATION_TYPE}. */
	String value();

	String message() default "{actors.validation.code}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the code against {@link Taxonomies}. */
	class Validator implements ConstraintValidator<TaxonomyCode, String> {

		private final Taxonomies taxonomies;

		private String taxonomy;

		public Validator(Taxonomies taxonomies) {
			this.taxonomies = taxonomies;
		}

		@Override
		public void initialize(TaxonomyCode annotation) {
			this.taxonomy = annotation.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.taxonomies.exists(this.taxonomy, value.strip());
		}

	}

}
