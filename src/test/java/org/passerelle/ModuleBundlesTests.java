package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundles of the practices and dialogues modules say the same things in every
 * interface language: French is the reference, and no translation misses a key, adds one
 * or leaves one blank.
 */
class ModuleBundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	@ParameterizedTest(name = "{0}_{1}")
	@CsvSource({ "practices, en", "practices, es", "practices, pt", "practices, ar", "dialogues, en", "dialogues, es",
			"dialogues, pt", "dialogues, ar" })
	void everyLanguageHasTheModulesMessagesOfFrench(String module, String language) throws IOException {
		Set<String> french = load(module + ".properties").stringPropertyNames();
		Properties translated = load(module + "_" + language + ".properties");

		assertThat(translated.stringPropertyNames()).as("keys of %s_%s.properties", module, language)
			.containsExactlyInAnyOrderElementsOf(french);
		assertThat(translated.stringPropertyNames())
			.allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
