package org.passerelle.kernel.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The rich text held by the annotated {@link CharSequence} shows at most {@link #max()}
 * characters: its {@linkplain RichText#visibleLength(String) visible length} is counted,
 * not the length of its markup, so formatting costs a writer nothing. {@code null} is
 * valid (combine with {@code @NotBlank} or a check on {@link RichText#isBlank(String)} to
 * require text). Bound the markup itself with {@code @Size} on a much larger limit.
 */
@Documented
@Constraint(validatedBy = SafeRichTextLengthValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeRichTextLength {

	/** The most characters of visible text allowed. */
	int max();

	/** The message, resolved from the kernel bundle; {@code {max}} is replaced. */
	String message() default "{kernel.validation.rich-text-length}";

	/** The validation groups this constraint belongs to. */
	Class<?>[] groups() default {};

	/** The payload attached to the constraint. */
	Class<? extends Payload>[] payload() default {};

}
