package org.passerelle.practices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.Accounts;
import org.passerelle.actors.internal.OrganisationRepository;
import org.passerelle.kernel.text.XssVectors;
import org.passerelle.practices.PracticeTestSupport;
import org.passerelle.practices.PracticeTestSupport.User;
import org.passerelle.practices.internal.Practice;
import org.passerelle.practices.internal.PracticeContent;
import org.passerelle.practices.internal.PracticeContent.TranslatedText;
import org.passerelle.practices.internal.PracticeEditor;
import org.passerelle.practices.internal.PracticeRepository;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every payload of the XSS corpus is saved in every rich-text field of a practice
 * (description, results, lessons, transferability, and a translation's description), then
 * the stored values and the practice page, in the original and in the translation, are
 * checked: nothing in them can run a script.
 */
@PasserelleIntegrationTest
class PracticeRichTextXssIntegrationTests {

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "object", "embed", "style", "svg", "math",
			"base", "meta", "link", "form", "frame", "frameset", "applet", "img", "video", "audio", "template",
			"noscript", "textarea", "select", "input", "button", "marquee", "details");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "srcdoc");

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeEditor editor;

	@Autowired
	PracticeRepository practices;

	@Autowired
	Accounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void everyPayloadIsStoredAndRenderedInertInEveryRichTextField() throws Exception {
		PracticeTestSupport support = new PracticeTestSupport(this.accounts, this.organisations,
				new TransactionTemplate(this.transactionManager));
		long lead = support.organisation("Ville de Lorient (XSS)");
		User editor = support.editorOf(lead, "Editor XSS");
		List<String> vectors = XssVectors.all();
		assertThat(vectors).hasSizeGreaterThanOrEqualTo(100);

		int checked = 0;
		for (String vector : vectors) {
			String field = "<p>Texte avant</p>" + vector + "<p>Texte après</p>";
			PracticeContent base = PracticeTestSupport.content(lead);
			PracticeContent hostile = new PracticeContent(base.language(), base.title(), base.summary(), field,
					base.leadOrganisationId(), base.partners(), base.countries(), base.territories(),
					base.originTerritories(), base.levels(), base.themes(), base.gcmObjectives(), base.sdgTargets(),
					base.targetGroups(), base.startYear(), base.endYear(), base.budget(), base.fundingSources(), field,
					field, field, base.links(),
					Map.of("en", new TranslatedText("Municipal emergency shelter", "Summary in English.", field)));
			long id = support.as(editor, () -> this.editor.create(hostile));

			Practice stored = this.practices.findById(id).orElseThrow();
			for (String value : new String[] { stored.getDescription(), stored.getResults(), stored.getLessons(),
					stored.getTransferability(), stored.getTranslations().get("en").description() }) {
				assertInert(Jsoup.parseBodyFragment(value == null ? "" : value).body(), vector, "stored", true);
			}
			for (String language : List.of("fr", "en")) {
				String html = this.mvc
					.perform(get("/practices/{id}", id).locale(Locale.forLanguageTag(language)).with(editor.signedIn()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				Document page = Jsoup.parse(html);
				Element main = page.getElementById("main");
				assertThat(main).as("page of payload %s", vector).isNotNull();
				assertThat(main.select(".rich-text")).as("rich-text blocks for payload %s", vector).hasSize(4);
				for (Element block : main.select(".rich-text")) {
					assertThat(block.text()).contains("Texte avant");
					assertInert(block, vector, "page " + language, true);
				}
				assertInert(main, vector, "page " + language, false);
				for (Element script : page.select("script")) {
					boolean data = "application/ld+json".equals(script.attr("type"));
					assertThat(data || script.hasAttr("src")).as("inline script on the page of payload %s", vector)
						.isTrue();
					assertThat(script.data().toLowerCase(Locale.ROOT)).doesNotContain("</script");
				}
			}
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(100);
	}

	/**
	 * Checks that nothing under the root can run a script; with {@code userContent}, also
	 * that none of the elements a payload could use to smuggle one is there.
	 */
	private static void assertInert(Element root, String vector, String where, boolean userContent) {
		for (Element element : root.getAllElements()) {
			String name = element.normalName();
			if (name.equals("script")) {
				assertThat(element.attr("type")).as("%s: script element from payload %s", where, vector)
					.isEqualTo("application/ld+json");
				continue;
			}
			assertThat(userContent && FORBIDDEN_ELEMENTS.contains(name))
				.as("%s: <%s> from payload %s", where, name, vector)
				.isFalse();
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(key.startsWith("on")).as("%s: %s attribute from payload %s", where, key, vector).isFalse();
				assertThat(userContent && key.equals("style")).as("%s: style attribute from payload %s", where, vector)
					.isFalse();
				if (URL_ATTRIBUTES.contains(key)) {
					String scheme = XssVectors.urlScheme(attribute.getValue());
					assertThat(scheme.startsWith("javascript:") || scheme.startsWith("vbscript:")
							|| scheme.startsWith("data:"))
						.as("%s: %s=%s from payload %s", where, key, attribute.getValue(), vector)
						.isFalse();
				}
			}
		}
	}

}
