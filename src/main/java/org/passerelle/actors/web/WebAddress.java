package org.passerelle.actors.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The value is an absolute http or https address with a host ({@code null} and blank
 * accepted).
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "{actors.validation.website}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Parses the address; other schemes (javascript:, ftp:, mailto:) are refused. */
	class Validator implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				URI uri = new URI(value.strip());
				String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
						&& uri.getHost().contains(".");
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
