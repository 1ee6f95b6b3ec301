package org.passerelle.kernel.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRichTextLengthTests {

	record Form(@SafeRichTextLength(max = 10) String description) {
	}

	@Test
	void countsVisibleTextNotMarkup() {
		assertThat(violations("<p><strong>Accueil</strong> <a href=\"https://example.org/a/long/path\">ok</a></p>",
				Locale.FRENCH))
			.isEmpty();
	}

	@Test
	void rejectsVisibleTextLongerThanTheLimitWithTheKernelMessage() {
		assertThat(violations("<p>onze lettres</p>", Locale.FRENCH)).extracting(ConstraintViolation::getMessage)
			.containsExactly("Ce texte accepte au plus 10 caractères, mise en forme non comprise.");
		assertThat(violations("<p>onze lettres</p>", Locale.ENGLISH)).extracting(ConstraintViolation::getMessage)
			.containsExactly("This text takes at most 10 characters, formatting not counted.");
	}

	@Test
	void acceptsNullAndAcceptsExactlyTheLimit() {
		assertThat(violations(null, Locale.FRENCH)).isEmpty();
		assertThat(violations("dix lettre", Locale.FRENCH)).isEmpty();
	}

	@Test
	void doesNotCountScriptsThatSanitisingRemoves() {
		assertThat(violations("<p>court</p><script>alert('a very long script')</script>", Locale.FRENCH)).isEmpty();
	}

	@Test
	void messageIsTranslatedInEveryInterfaceLanguage() throws IOException {
		for (String suffix : new String[] { "", "_en", "_es", "_pt", "_ar" }) {
			Properties messages = new Properties();
			try (Reader in = new InputStreamReader(
					getClass().getResourceAsStream("/messages/kernel" + suffix + ".properties"),
					StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			assertThat(messages.getProperty("kernel.validation.rich-text-length")).as("kernel%s", suffix)
				.contains("{max}");
		}
	}

	/**
	 * The kernel bundle without falling back to the JVM's locale, as the application
	 * reads it.
	 */
	private static ResourceBundle kernelMessages(Locale locale) {
		return ResourceBundle.getBundle("messages/kernel", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static Set<ConstraintViolation<Form>> violations(String description, Locale locale) {
		try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
			.configure()
			.messageInterpolator(new ResourceBundleMessageInterpolator(SafeRichTextLengthTests::kernelMessages,
					Set.of(locale), locale, (context) -> locale, false))
			.buildValidatorFactory()) {
			Validator validator = factory.getValidator();
			return validator.validate(new Form(description));
		}
	}

}
