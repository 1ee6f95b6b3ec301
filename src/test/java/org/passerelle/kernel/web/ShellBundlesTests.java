package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellBundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Comments, where the fragments show examples with other modules' keys. */
	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	/**
	 * A literal message key in a template: #{shell.home.title} or
	 * #{shell.error.code(${status})}.
	 */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	@ParameterizedTest
	@ValueSource(strings = { "en", "es", "pt", "ar" })
	void everyLanguageHasTheSameShellMessagesAsFrench(String language) throws IOException {
		Set<String> french = load(MESSAGES.resolve("shell.properties")).stringPropertyNames();
		Set<String> translated = load(MESSAGES.resolve("shell_" + language + ".properties")).stringPropertyNames();
		assertThat(translated).as("keys of shell_%s.properties", language).containsExactlyInAnyOrderElementsOf(french);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_en", "_es", "_pt", "_ar" })
	void noShellMessageIsBlank(String suffix) throws IOException {
		Properties messages = load(MESSAGES.resolve("shell" + suffix + ".properties"));
		assertThat(messages.stringPropertyNames())
			.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void shellMessagesAreReadAsUtf8() throws IOException {
		assertThat(load(MESSAGES.resolve("shell_ar.properties")).getProperty("shell.skip"))
			.isEqualTo("الانتقال إلى المحتوى");
		assertThat(load(MESSAGES.resolve("shell.properties")).getProperty("shell.home.coming")).isEqualTo("Bientôt");
	}

	@Test
	void everyMessageKeyNamedInATemplateExists() throws IOException {
		Set<String> known = knownKeys();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String markup = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
				Matcher matcher = MESSAGE_KEY.matcher(markup);
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyBuiltByTheShellExists() throws IOException {
		Set<String> known = knownKeys();
		List<String> built = new ArrayList<>();
		HomeController.OFFERS.forEach(offer -> {
			built.add("shell.home.offer." + offer.id() + ".title");
			built.add("shell.home.offer." + offer.id() + ".text");
		});
		AboutController.DATA_SETS
			.forEach(set -> Stream.of("title", "what", "source", "licence", "attribution", "changes")
				.forEach(part -> built.add("shell.about." + set.id() + "." + part)));
		InterfaceLanguages.SUPPORTED.forEach(locale -> built.add("shell.language." + locale.getLanguage()));
		assertThat(known).containsAll(built);
	}

	/** The keys of every bundle's French (default) file. */
	private static Set<String> knownKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
