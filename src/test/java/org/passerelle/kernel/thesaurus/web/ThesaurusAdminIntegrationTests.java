package org.passerelle.kernel.thesaurus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.kernel.thesaurus.ConceptChange;
import org.passerelle.kernel.thesaurus.ConceptView;
import org.passerelle.kernel.thesaurus.QueryExpansion;
import org.passerelle.kernel.thesaurus.Thesaurus;
import org.passerelle.test.PasserelleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PasserelleIntegrationTest
class ThesaurusAdminIntegrationTests {

	private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Thesaurus thesaurus;

	@Autowired
	QueryExpansion expansion;

	@Test
	void sendsAnonymousVisitorsAwayFromTheEditor() throws Exception {
		this.mvc.perform(get("/admin/thesaurus"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void forbidsTheEditorToMembers() throws Exception {
		this.mvc.perform(get("/admin/thesaurus")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/thesaurus/new")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/thesaurus").with(csrf()).param("prefLabels[fr]", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesEditsThroughTheServiceWithoutAdministrator() {
		ConceptView housing = housing();
		assertThatThrownBy(() -> this.thesaurus.update(housing.id(),
				new ConceptChange(housing.prefLabels(), Map.of(), Set.of(), Set.of(), Set.of()), housing.version()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void listsAndSearchesConceptsForTheAdministrator() throws Exception {
		this.mvc.perform(get("/admin/thesaurus").param("q", "urgence").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("hébergement d&#39;urgence")));
		this.mvc.perform(get("/admin/thesaurus").param("q", "urgence").header("HX-Request", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"concept-results\"")));
	}

	@Test
	void showsTheEditFormWithTheLabelsInFiveLanguages() throws Exception {
		ConceptView housing = housing();
		this.mvc.perform(get("/admin/thesaurus/{id}", housing.id()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"prefLabels[ar]\"")))
			.andExpect(content().string(containsString("value=\"" + housing.prefLabels().get("pt") + "\"")));
		this.mvc.perform(get("/admin/thesaurus/{id}", "no-such-concept").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void expansionSeesALabelTheAdministratorAdded() throws Exception {
		assertThat(this.expansion.expand("toit solidaire", "fr").isEmpty()).isTrue();
		ConceptView housing = housing();

		this.mvc
			.perform(form(post("/admin/thesaurus/{id}", housing.id()), housing, "altLabels[fr]",
					"toit solidaire\nlogis"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/thesaurus/" + housing.id()));

		assertThat(this.expansion.expand("un toit solidaire pour tous", "fr").codes().get("theme")).contains("housing");
		assertThat(this.thesaurus.get(housing.id()).altLabels("fr")).contains("toit solidaire", "logis");
		assertThat(this.thesaurus.get(housing.id()).version()).isGreaterThan(housing.version());
	}

	@Test
	void redisplaysTheFormWhenALabelIsMissing() throws Exception {
		ConceptView housing = housing();
		this.mvc.perform(form(post("/admin/thesaurus/{id}", housing.id()), housing, "prefLabels[ar]", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le libellé préféré est obligatoire dans chaque langue.")));
		assertThat(this.thesaurus.get(housing.id()).prefLabels().get("ar")).isEqualTo(housing.prefLabels().get("ar"));
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		ConceptView housing = housing();
		this.mvc
			.perform(form(post("/admin/thesaurus/{id}", housing.id()), housing, "version",
					String.valueOf(housing.version() - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifié ce concept entre-temps")));
	}

	@Test
	void refusesABroaderLinkThatMakesALoop() throws Exception {
		ConceptView parent = this.thesaurus.concepts()
			.stream()
			.filter(c -> !c.narrower().isEmpty())
			.findFirst()
			.orElseThrow();
		String child = parent.narrower().get(0);
		this.mvc.perform(form(post("/admin/thesaurus/{id}", parent.id()), parent, "broader", child))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("créerait une boucle")));
	}

	@Test
	void createsAConceptThatExpansionFindsAtOnce() throws Exception {
		this.mvc
			.perform(post("/admin/thesaurus").with(ADMIN)
				.with(csrf())
				.param("prefLabels[fr]", "Budget participatif")
				.param("prefLabels[en]", "Participatory budgeting")
				.param("prefLabels[es]", "Presupuesto participativo")
				.param("prefLabels[pt]", "Orçamento participativo")
				.param("prefLabels[ar]", "الميزانية التشاركية")
				.param("links", "theme:social-cohesion"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/thesaurus/pas-participatory-budgeting"));

		assertThat(this.thesaurus.find("pas-participatory-budgeting")).isPresent();
		assertThat(this.expansion.expand("budgets participatifs", "fr").labels().get("en"))
			.containsExactly("Participatory budgeting");
	}

	private ConceptView housing() {
		return this.thesaurus.linkedTo("theme", "housing").get(0);
	}

	/** The edit form as the browser sends it, with some fields changed. */
	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, ConceptView concept,
			String... changes) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("version", List.of(String.valueOf(concept.version())));
		concept.prefLabels().forEach((l, label) -> fields.put("prefLabels[" + l + "]", List.of(label)));
		concept.altLabels()
			.forEach((l, labels) -> fields.put("altLabels[" + l + "]", List.of(String.join("\n", labels))));
		fields.put("broader", concept.broader());
		fields.put("links", concept.links().stream().map(Object::toString).toList());
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], List.of(changes[i + 1]));
		}
		request.with(ADMIN).with(csrf()).locale(Locale.FRENCH).header("Accept-Language", "fr");
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

}
