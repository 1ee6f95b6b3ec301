package org.passerelle.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the fragments the modules share, as a module's page would use them. */
class SharedFragmentsTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FragmentsController())
		.setViewResolvers(thymeleaf())
		.build();

	@Test
	void fieldShowsItsErrorsAndTellsAssistiveTechnology() throws Exception {
		String html = render();
		assertThat(html).contains("<label class=\"form-label\" for=\"name\"> <span>Name</span>")
			.contains("<span class=\"visually-hidden\">(required)</span>")
			.containsPattern("<input class=\"form-control is-invalid\" type=\"text\" id=\"name\" aria-invalid=\"true\""
					+ " aria-describedby=\"name-errors\" required=\"required\" name=\"name\" value=\"\"/?>")
			.contains(
					"<div class=\"invalid-feedback\" id=\"name-errors\"> <p class=\"mb-0\">must not be blank</p> </div>");
	}

	@Test
	void fieldWithoutErrorsIsPlain() throws Exception {
		assertThat(render()).containsPattern(
				"<input class=\"form-control\" type=\"text\" id=\"address-city\" name=\"address.city\" value=\"Rennes\"/?>");
	}

	@Test
	void selectOffersTheOptionsInOrderAfterAnEmptyChoice() throws Exception {
		assertThat(render()).contains("<option value=\"\" selected=\"selected\">Choose…</option>"
				+ " <option value=\"city\">City</option> <option value=\"region\">Region</option>");
	}

	@Test
	void errorsOfACustomControlAreShownNextToIt() throws Exception {
		assertThat(render()).contains(
				"<div class=\"invalid-feedback d-block\" id=\"territory-errors\"> <p class=\"mb-0\">Unknown territory</p> </div>");
	}

	@Test
	void errorSummaryCountsTheErrorsAndListsTheGlobalOnes() throws Exception {
		assertThat(render())
			.contains("<div class=\"alert alert-danger\" role=\"alert\" tabindex=\"-1\" id=\"form-errors\">")
			.contains("The form has 4 errors.")
			.contains("<li>The organisation is already registered</li>");
	}

	@Test
	void paginationLinksCarryHtmxAttributesWhenGivenATarget() throws Exception {
		String html = render();
		assertThat(html).contains("Results 41 to 60 of 95")
			.contains("<a class=\"page-link\" href=\"/organisations?q=ville&amp;page=1\" rel=\"prev\""
					+ " hx-get=\"/organisations?q=ville&amp;page=1\" hx-target=\"#results\" hx-push-url=\"true\">Previous</a>")
			.contains("<a class=\"page-link\" href=\"/organisations?q=ville&amp;page=2\" aria-current=\"page\""
					+ " hx-get=\"/organisations?q=ville&amp;page=2\" hx-target=\"#results\" hx-push-url=\"true\">"
					+ " <span class=\"visually-hidden\">Page</span> <span>3</span> </a>");
	}

	@Test
	void paginationLinksArePlainWithoutATarget() throws Exception {
		String plain = render().split("<div id=\"plain\">")[1];
		assertThat(plain).contains(
				"<a class=\"page-link\" href=\"/organisations?q=ville\"> <span class=\"visually-hidden\">Page</span> <span>1</span> </a>")
			.doesNotContain("hx-get");
	}

	@Test
	void emptyStateOffersAWayForward() throws Exception {
		assertThat(render()).contains(
				"<div class=\"shell-empty text-center py-5\" role=\"status\"> <p class=\"lead mb-2\">Nothing yet.</p>")
			.contains("<a class=\"btn btn-primary\" href=\"/samples/new\">Create one</a>");
	}

	@Test
	void flashMessagesAreAnnouncedByUrgency() throws Exception {
		assertThat(render()).contains("<div class=\"alert alert-success\" role=\"status\">Results 1 to 2 of 3</div>")
			.contains("<div class=\"alert alert-danger\" role=\"alert\">Choose…</div>");
	}

	private String render() throws Exception {
		return Html.of(
				this.mvc
					.perform(post("/fragments").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
						.param("name", "")
						.param("address.city", "Rennes")
						.param("type", ""))
					.andReturn());
	}

	private static ThymeleafViewResolver thymeleaf() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/shell");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		ThymeleafViewResolver views = new ThymeleafViewResolver();
		views.setTemplateEngine(engine);
		views.setCharacterEncoding("UTF-8");
		return views;
	}

	@Controller
	static class FragmentsController {

		@PostMapping("/fragments")
		String submit(@Valid @ModelAttribute("form") SampleForm form, BindingResult result, Model model) {
			result.reject("duplicate", "The organisation is already registered");
			result.rejectValue("territory", "unknown", "Unknown territory");
			Map<String, String> types = new LinkedHashMap<>();
			types.put("city", "City");
			types.put("region", "Region");
			model.addAttribute("types", types);
			model.addAttribute("links", PageLinks.of(95, 2, 20, "/organisations?q=ville"));
			model.addAttribute("flash",
					List.of(Flash.success("shell.pagination.range", 1, 2, 3), Flash.danger("shell.form.choose")));
			return "test/fragments";
		}

	}

	public static class SampleForm {

		@NotBlank
		private String name;

		private String description;

		@NotBlank
		private String type;

		private String territory;

		private Address address = new Address();

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getType() {
			return this.type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getTerritory() {
			return this.territory;
		}

		public void setTerritory(String territory) {
			this.territory = territory;
		}

		public Address getAddress() {
			return this.address;
		}

		public void setAddress(Address address) {
			this.address = address;
		}

	}

	public static class Address {

		private String city;

		public String getCity() {
			return this.city;
		}

		public void setCity(String city) {
			this.city = city;
		}

	}

}
