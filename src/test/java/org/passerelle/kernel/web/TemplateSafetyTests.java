package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content Security Policy allows no inline script and no inline style: a template
 * that relies on one works in no browser that enforces it, so the build refuses it here.
 */
class TemplateSafetyTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);

	/** onclick=, th:onclick=, data-th-onload=, hx-on:click=, hx-on::after-request= … */
	private static final Pattern EVENT_HANDLER = Pattern
		.compile("\\s(?:th:|data-th-)?(?:on[a-z]+|hx-on[:\\-][\\w:.\\-]*)\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(?:th:|data-th-)?style\\s*=",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasAnInlineScript() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : templates()) {
			Matcher script = SCRIPT.matcher(markup(file));
			while (script.find()) {
				if (isDataBlock(script.group(1), script.group(2))) {
					continue;
				}
				if (!script.group(2).isBlank() || !script.group(1).matches("(?s).*\\b(th:)?src\\s*=.*")) {
					found.add(TEMPLATES.relativize(file) + ": " + script.group().strip());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/**
	 * A JSON-LD data block is never executed, so the policy's {@code script-src} does not
	 * apply to it; it must fill itself from the model ({@code th:utext}) and hold no
	 * markup of its own.
	 */
	private static boolean isDataBlock(String attributes, String body) {
		return body.isBlank() && attributes.matches("(?s).*\\btype\\s*=\\s*\"application/ld\\+json\".*")
				&& attributes.matches("(?s).*\\bth:utext\\s*=.*");
	}

	@Test
	void noTemplateHasAnEventHandlerAttribute() throws IOException {
		assertThat(offendingTags(EVENT_HANDLER)).isEmpty();
	}

	@Test
	void noTemplateHasAStyleAttribute() throws IOException {
		assertThat(offendingTags(STYLE_ATTRIBUTE)).isEmpty();
	}

	@Test
	void noTemplateHasAStyleElement() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : templates()) {
			if (Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE).matcher(markup(file)).find()) {
				found.add(TEMPLATES.relativize(file).toString());
			}
		}
		assertThat(found).isEmpty();
	}

	private static List<String> offendingTags(Pattern attribute) throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : templates()) {
			Matcher tag = TAG.matcher(markup(file));
			while (tag.find()) {
				if (attribute.matcher(tag.group()).find()) {
					found.add(TEMPLATES.relativize(file) + ": " + tag.group());
				}
			}
		}
		return found;
	}

	/** The template without its comments, where the fragments document their use. */
	private static String markup(Path file) throws IOException {
		return COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
			assertThat(found).isNotEmpty();
			return found;
		}
	}

}
