package org.passerelle.kernel.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the XSS corpus, sanitised, is parsed by jsoup's HTML5 parser the way a
 * browser would build the page, and nothing able to run script, load content or restyle
 * the page may come out of it.
 */
class RichTextXssTests {

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "style", "svg",
			"math", "base", "meta", "link", "form", "img", "frame", "frameset", "applet", "input", "button", "textarea",
			"select", "video", "audio", "source", "template", "noscript", "portal", "image");

	/** What the policy allows, plus the body element the parser adds. */
	private static final Set<String> ALLOWED_ELEMENTS = Set.of("body", "p", "br", "strong", "b", "em", "i", "u", "ul",
			"ol", "li", "blockquote", "h3", "h4", "a", "table", "thead", "tbody", "tr", "th", "td");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");

	static List<String> vectors() {
		return XssVectors.all();
	}

	@Test
	void corpusHoldsAtLeast150DistinctPayloads() {
		List<String> vectors = XssVectors.all();
		assertThat(new HashSet<>(vectors)).hasSize(vectors.size()).hasSizeGreaterThanOrEqualTo(150);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("vectors")
	void sanitisedPayloadCannotRunScript(String vector) {
		String safe = RichText.sanitise(vector);
		if (safe == null) {
			return;
		}
		Document page = Jsoup.parseBodyFragment(safe);
		assertThat(page.head().childNodeSize()).as("head of %s", safe).isZero();
		for (Element element : page.body().getAllElements()) {
			String name = element.normalName();
			assertThat(FORBIDDEN_ELEMENTS).as("element <%s> in %s", name, safe).doesNotContain(name);
			assertThat(ALLOWED_ELEMENTS).as("element <%s> in %s", name, safe).contains(name);
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(key).as("attribute in %s", safe).doesNotStartWith("on").isNotEqualTo("style");
				if (URL_ATTRIBUTES.contains(key)) {
					assertThat(XssVectors.urlScheme(attribute.getValue()))
						.as("%s=\"%s\" in %s", key, attribute.getValue(), safe)
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
			}
		}
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("vectors")
	void sanitisingTwiceChangesNothing(String vector) {
		String once = RichText.sanitise(vector);
		assertThat(RichText.sanitise(once)).isEqualTo(once);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("vectors")
	void onlyLinksKeepAttributesAndThoseAreSafe(String vector) {
		String safe = RichText.sanitise(vector);
		if (safe == null) {
			return;
		}
		for (Element element : Jsoup.parseBodyFragment(safe).body().getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(element.normalName() + "@" + attribute.getKey()).as("in %s", safe).isIn("a@href", "a@rel");
			}
			if (element.normalName().equals("a")) {
				assertThat(XssVectors.urlScheme(element.attr("href"))).as("link in %s", safe)
					.matches("(https?://|mailto:).*");
				assertThat(element.attr("rel").split(" ")).as("rel in %s", safe)
					.contains("nofollow", "noopener", "noreferrer");
			}
		}
	}

}
