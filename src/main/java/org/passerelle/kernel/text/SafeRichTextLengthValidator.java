package org.passerelle.kernel.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SafeRichTextLength}. Public only because Bean Validation providers
 * instantiate validators reflectively.
 */
public final class SafeRichTextLengthValidator implements ConstraintValidator<SafeRichTextLength, CharSequence> {

	private int max;

	@Override
	public void initialize(SafeRichTextLength constraint) {
		if (constraint.max() < 0) {
			throw new IllegalArgumentException("@SafeRichTextLength max must not be negative");
		}
		this.max = constraint.max();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || RichText.visibleLength(value.toString()) <= this.max;
	}

}
